package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Rate limits with small buckets: two requests per hour for anonymous clients, three for API keys. */
@SpringBootTest(properties = { "whistle.rate-limit.anonymous.capacity=2", "whistle.rate-limit.anonymous.period=1h",
		"whistle.rate-limit.authenticated.capacity=3", "whistle.rate-limit.authenticated.period=1h" })
@AutoConfigureMockMvc
class RateLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static RequestPostProcessor from(String ip) {
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	long ordersTitled(String title) {
		return jdbc.sql("SELECT COUNT(*) FROM work_order WHERE title = :t").param("t", title).query(Long.class).single();
	}

	org.springframework.test.web.servlet.ResultActions report(String ip, String title) throws Exception {
		return mvc.perform(multipart("/portal/report").param("type", "HELP").param("address", "某小区北门")
			.param("title", title).param("content", "北门路灯坏了。").param("callerPhone", "13700001111")
			.with(csrf()).with(from(ip)));
	}

	@Test
	void an_anonymous_client_over_its_limit_gets_429_with_retry_after_and_its_report_is_not_stored() throws Exception {
		report("10.1.0.1", unique("限流一")).andExpect(status().isFound());
		report("10.1.0.1", unique("限流二")).andExpect(status().isFound());
		String third = unique("限流三");
		report("10.1.0.1", third).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]*")));
		assertThat(ordersTitled(third)).isZero();

		report("10.1.0.2", unique("另一个地址")).andExpect(status().isFound());
		mvc.perform(get("/portal").with(from("10.1.0.1"))).andExpect(status().isOk());
	}

	@Test
	void an_api_key_over_its_limit_gets_a_problem_and_its_request_is_not_registered() throws Exception {
		String body = """
				{"channel":"PHONE","type":"HELP","address":"某小区北门","title":"%s","content":"路灯坏了。"}
				""";
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/api/requests").header("X-Api-Key", "demo-operator").with(from("10.2.0." + i))
				.contentType(MediaType.APPLICATION_JSON).content(body.formatted(unique("接口限流"))))
				.andExpect(status().isCreated());
		}
		String limited = unique("接口限流超额");
		mvc.perform(post("/api/requests").header("X-Api-Key", "demo-operator").with(from("10.2.0.9"))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(limited)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429))
			.andExpect(jsonPath("$.detail", startsWith("Too many requests")));
		assertThat(ordersTitled(limited)).isZero();

		mvc.perform(post("/api/requests").header("X-Api-Key", "demo-dispatcher").with(from("10.2.0.9"))
			.contentType(MediaType.APPLICATION_JSON).content(body.formatted(unique("别的钥匙"))))
			.andExpect(status().is(org.hamcrest.Matchers.not(429)));
	}

	@Test
	void the_log_in_form_is_limited_per_address_and_a_logged_in_user_has_a_bucket_of_their_own() throws Exception {
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").param("username", "dispatcher")
			.param("password", "demo").with(csrf()).with(from("10.4.0.1")))
			.andExpect(status().isFound()).andReturn().getRequest().getSession(false);
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/api/work-orders/0/supervise").session(session).with(csrf()).with(from("10.4.0.1")))
				.andExpect(status().is(org.hamcrest.Matchers.not(429)));
		}
		mvc.perform(post("/api/work-orders/0/supervise").session(session).with(csrf()).with(from("10.4.0.1")))
			.andExpect(status().isTooManyRequests());

		mvc.perform(post("/login").param("username", "dispatcher").param("password", "wrong").with(csrf())
			.with(from("10.4.0.1"))).andExpect(status().isFound());
		mvc.perform(post("/login").param("username", "dispatcher").param("password", "demo").with(csrf())
			.with(from("10.4.0.1"))).andExpect(status().isTooManyRequests());
	}

	@Test
	void open311_clients_over_their_limit_get_open311_errors_in_the_format_they_asked_for() throws Exception {
		String key = "open311-test-" + UUID.randomUUID();
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key).with(from("10.3.0." + i)))
				.andExpect(status().is(org.hamcrest.Matchers.not(429)));
		}
		mvc.perform(post("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key).with(from("10.3.0.9")))
			.andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$[0].code").value(429))
			.andExpect(jsonPath("$[0].description", startsWith("Too many requests")));
		mvc.perform(post("/open311/v2/requests.xml").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("api_key", key).with(from("10.3.0.9")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("<errors><error><code>429</code>")));
	}
}
