package org.whistle.people;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.whistle.ProblemResponses;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates a request that carries {@code X-Api-Key} as the key's user, for this request only. */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Api-Key";

	private final ApiKeys apiKeys;
	private final ProblemResponses problems;

	ApiKeyAuthenticationFilter(ApiKeys apiKeys, ProblemResponses problems) {
		this.apiKeys = apiKeys;
		this.problems = problems;
	}

	static boolean carriesKey(HttpServletRequest request) {
		return request.getHeader(HEADER) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String key = request.getHeader(HEADER);
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<StaffDetails> user = key.isBlank() ? Optional.empty() : apiKeys.authenticate(key.strip());
		if (user.isEmpty()) {
			problems.write(response, HttpStatus.UNAUTHORIZED, "Unknown or revoked API key.");
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
				user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
