package org.whistle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rate limits on every request that changes something (POST, PUT, PATCH, DELETE): a token bucket
 * per client, refused with 429 and {@code Retry-After} before anything reads the request. It runs
 * ahead of Spring Security, so the log-in form is limited too.
 * <p>
 * The client is the API key it sends ({@code X-Api-Key}, or Open311's {@code api_key} form
 * field), else the staff user of its session, else its IP address. Keys and users are
 * accountable (a key can be revoked), so they get the generous {@code authenticated} bucket;
 * everyone else, the citizen portal's anonymous visitors first, the strict {@code anonymous} one.
 * A key that does not exist gets its own bucket here but is refused (401) right after. Buckets
 * live in memory, per node, and are forgotten after a refill period without requests.
 */
@Component
@EnableConfigurationProperties(RateLimits.Settings.class)
class RateLimits extends OncePerRequestFilter implements Ordered {

	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final Settings settings;
	private final Cache<String, Bucket> buckets;
	private final ProblemResponses problems = new ProblemResponses();

	RateLimits(Settings settings) {
		this.settings = settings;
		Duration idle = settings.anonymous().period().compareTo(settings.authenticated().period()) > 0
				? settings.anonymous().period() : settings.authenticated().period();
		this.buckets = Caffeine.newBuilder().maximumSize(settings.maxClients()).expireAfterAccess(idle).build();
	}

	/** {@code whistle.rate-limit.*}: each bucket holds {@code capacity} requests and refills them over {@code period}. */
	@ConfigurationProperties("whistle.rate-limit")
	record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("100000") long maxClients, Limit anonymous,
			Limit authenticated) {

		Settings {
			anonymous = anonymous == null ? new Limit(60, Duration.ofMinutes(10)) : anonymous;
			authenticated = authenticated == null ? new Limit(600, Duration.ofMinutes(1)) : authenticated;
		}
	}

	record Limit(@DefaultValue("60") long capacity, @DefaultValue("10m") Duration period) {

		Limit {
			if (capacity < 1 || period.isNegative() || period.isZero()) {
				throw new IllegalArgumentException("whistle.rate-limit: capacity and period must be positive");
			}
		}
	}

	/** Before Spring Security's filters (order -100). */
	@Override
	public int getOrder() {
		return -110;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !settings.enabled() || !CHANGING.contains(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String client = clientOf(request);
		Limit limit = client.startsWith("ip:") ? settings.anonymous() : settings.authenticated();
		ConsumptionProbe probe = buckets.get(client, key -> bucket(limit)).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		refuse(request, response, "Too many requests from this client: try again in " + seconds + " s.");
	}

	private static Bucket bucket(Limit limit) {
		return Bucket.builder()
			.addLimit(bandwidth -> bandwidth.capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()))
			.build();
	}

	private static String clientOf(HttpServletRequest request) {
		String key = request.getHeader("X-Api-Key");
		if (key == null && isOpen311(request) && isForm(request)) {
			key = request.getParameter("api_key");
		}
		if (key != null && !key.isBlank()) {
			return "key:" + Digests.sha256Hex(key.strip());
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)
				instanceof SecurityContext context) {
			Authentication user = context.getAuthentication();
			if (user != null && user.isAuthenticated()) {
				return "user:" + user.getName();
			}
		}
		return "ip:" + request.getRemoteAddr();
	}

	/**
	 * The API answers problem+json, Open311 its own error list (GeoReport v2: an array of
	 * {@code code}/{@code description}, in the format the path asks for), pages the error page.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			problems.write(response, HttpStatus.TOO_MANY_REQUESTS, detail);
		}
		else if (isOpen311(request)) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setCharacterEncoding("UTF-8");
			if (path.endsWith(".xml")) {
				response.setContentType("text/xml");
				response.getOutputStream().write(("<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>429</code>"
						+ "<description>" + detail + "</description></error></errors>").getBytes(StandardCharsets.UTF_8));
			}
			else {
				response.setContentType("application/json");
				response.getOutputStream().write(("[{\"code\":429,\"description\":\"" + detail + "\"}]")
					.getBytes(StandardCharsets.UTF_8));
			}
		}
		else {
			response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), detail);
		}
	}

	private static boolean isOpen311(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/open311/");
	}

	private static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.startsWith("application/x-www-form-urlencoded");
	}
}
