package org.whistle.open311.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Open311 is public: anyone may read, and a POST proves itself with its {@code api_key}
 * parameter, which the module checks. No sessions, no CSRF tokens (no cookies are used).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class Open311Security {

	@Bean
	@Order(1)
	SecurityFilterChain open311(HttpSecurity http) throws Exception {
		http.securityMatcher("/open311/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}
}
