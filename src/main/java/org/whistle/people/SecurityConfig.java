package org.whistle.people;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.whistle.ProblemResponses;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Staff log in by form (session, CSRF on every form); systems send {@code X-Api-Key} and act as
 * the key's user, statelessly. APIs answer 401/403 as problem+json, pages redirect to the login.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfig {

	static final RequestMatcher API = request -> request.getRequestURI()
			.startsWith(request.getContextPath() + "/api/");

	@Bean
	SecurityFilterChain security(HttpSecurity http, ApiKeys apiKeys) throws Exception {
		var problems = new ProblemResponses();
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
				.requestMatchers("/actuator/health/**", "/actuator/health").permitAll()
				.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
				// the citizen portal: reporting and following a request needs no account
				.requestMatchers("/portal", "/portal/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.requestCache(cache -> cache.requestCache(pagesOnly()))
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(ApiKeyAuthenticationFilter::carriesKey))
			.addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, problems), UsernamePasswordAuthenticationFilter.class)
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(
						(request, response, e) -> problems.write(response, HttpStatus.UNAUTHORIZED,
								"Authentication required: log in or send a valid X-Api-Key header."),
						API)
				.defaultAuthenticationEntryPointFor(SecurityConfig::sendPageToLogin, SecurityConfig::fromHtmx)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
				.defaultAccessDeniedHandlerFor(
						(request, response, e) -> problems.write(response, HttpStatus.FORBIDDEN,
								"Your roles do not allow this."),
						API)
				.defaultAccessDeniedHandlerFor(new ExpiredForms(), request -> true));
		return http.build();
	}

	private static boolean fromHtmx(HttpServletRequest request) {
		return request.getHeader("HX-Request") != null;
	}

	/**
	 * An htmx fragment asked for without a session (it ended, or the test or user cleared it):
	 * the whole page goes to the login page. A redirect would fetch the login page as the
	 * fragment and so start a session of its own, whose cookie could replace the one of a login
	 * form open meanwhile and make that form's post fail its CSRF check.
	 */
	private static void sendPageToLogin(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException unauthenticated) {
		response.setHeader("HX-Redirect", request.getContextPath() + "/login");
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
	}

	/**
	 * After log-in the browser returns to the page that sent it there; never to an htmx fragment
	 * or an API call that happened to run while the session had ended.
	 */
	private static HttpSessionRequestCache pagesOnly() {
		var cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(request -> "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
				&& !API.matches(request));
		return cache;
	}

	@Bean
	UserDetailsService userDetailsService(StaffAccounts accounts) {
		return username -> accounts.detailsByUsername(username)
				.orElseThrow(() -> new UsernameNotFoundException("No such user"));
	}
}
