package org.whistle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class PeopleIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private StaffDetails admin() {
		return accounts.detailsByUsername("admin").orElseThrow();
	}

	@Test
	void a_system_learns_who_its_key_acts_as() throws Exception {
		mvc.perform(get("/api/me").header("X-Api-Key", "demo-dispatcher"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("dispatcher"))
			.andExpect(jsonPath("$.roles[0]").value("DISPATCHER"))
			.andExpect(jsonPath("$.unit.code").value("ZWJ"));
	}

	@Test
	void every_unit_has_a_demo_handler_acting_for_that_unit() throws Exception {
		mvc.perform(get("/api/me").header("X-Api-Key", "demo-h-HEAT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles[0]").value("HANDLER"))
			.andExpect(jsonPath("$.unit.code").value("HEAT"))
			.andExpect(jsonPath("$.unit.kind").value("COMPANY"));
	}

	@Test
	void an_unknown_key_is_refused_with_a_problem() throws Exception {
		mvc.perform(get("/api/me").header("X-Api-Key", "not-a-key"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void an_api_call_without_credentials_gets_401_not_a_login_page() throws Exception {
		mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void a_page_without_a_session_sends_the_browser_to_the_login() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
	}

	@Test
	void a_handler_may_not_use_the_admin_pages() throws Exception {
		mvc.perform(get("/admin/users").header("X-Api-Key", "demo-h-HEAT"))
			.andExpect(status().isForbidden());
	}

	@Test
	void staff_log_in_with_their_password() throws Exception {
		mvc.perform(formLogin().user("operator").password("demo"))
			.andExpect(authenticated().withUsername("operator").withRoles("OPERATOR"));
		mvc.perform(formLogin().user("operator").password("wrong"))
			.andExpect(unauthenticated());
	}

	@Test
	void a_form_without_its_csrf_token_is_refused() throws Exception {
		mvc.perform(post("/admin/users").with(user(admin()))
				.param("username", "no.token").param("displayName", "无令牌"))
			.andExpect(status().isForbidden());
		assertThat(accounts.usernameTaken("no.token")).isFalse();
	}

	@Test
	void an_admin_creates_a_user_who_can_then_log_in() throws Exception {
		long unitId = admin().staff().unitId();
		mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
				.param("username", "li.lei").param("displayName", "李雷").param("unitId", String.valueOf(unitId))
				.param("roles", "OPERATOR", "CALLBACK").param("password", "secret-123"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(formLogin().user("li.lei").password("secret-123"))
			.andExpect(authenticated().withRoles("OPERATOR", "CALLBACK"));
	}

	@Test
	void invalid_user_input_is_shown_on_the_form_and_saves_nothing() throws Exception {
		mvc.perform(post("/admin/users").with(user(admin())).with(csrf())
				.param("username", "x").param("displayName", "").param("unitId", "999999")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("user", "username", "displayName", "unitId", "roles", "password"));
		assertThat(accounts.usernameTaken("x")).isFalse();
	}

	@Test
	void an_issued_key_works_until_it_is_revoked() throws Exception {
		long operatorId = accounts.byUsername("operator").orElseThrow().id();
		MvcResult issued = mvc.perform(post("/admin/users/{id}/keys", operatorId).with(user(admin())).with(csrf())
				.param("label", "CRM"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String key = (String) issued.getFlashMap().get("newKey");
		assertThat(key).startsWith("wk_");
		mvc.perform(get("/api/me").header("X-Api-Key", key)).andExpect(jsonPath("$.username").value("operator"));

		long keyId = jdbc.sql("SELECT id FROM api_key WHERE key_hash = :h").param("h", ApiKeys.digest(key))
				.query(Long.class).single();
		mvc.perform(post("/admin/users/{id}/keys/{key}/revoke", operatorId, keyId).with(user(admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/me").header("X-Api-Key", key)).andExpect(status().isUnauthorized());
	}

	@Test
	void keys_are_stored_only_as_digests() {
		long plain = jdbc.sql("SELECT COUNT(*) FROM api_key WHERE key_hash = 'demo-admin'").query(Long.class).single();
		long hashed = jdbc.sql("SELECT COUNT(*) FROM api_key WHERE key_hash = :h")
				.param("h", ApiKeys.digest("demo-admin")).query(Long.class).single();
		assertThat(plain).isZero();
		assertThat(hashed).isOne();
	}

	@Test
	void after_log_in_the_browser_returns_to_the_page_it_asked_for_but_never_to_a_fragment() throws Exception {
		var session = new org.springframework.mock.web.MockHttpSession();
		mvc.perform(get("/map").session(session)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/orders/1/photos").header("HX-Request", "true").session(session))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/login").session(session).with(csrf()).param("username", "operator").param("password", "demo"))
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/map?continue")));
	}

	@Test
	void a_fragment_asked_for_without_a_session_sends_its_page_to_the_login_and_starts_no_session() throws Exception {
		MvcResult result = mvc.perform(get("/board/live").header("HX-Request", "true"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login"))
			.andReturn();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void a_login_form_whose_session_ended_leads_back_to_the_login_page_saying_so() throws Exception {
		mvc.perform(post("/login").with(csrf().useInvalidToken()).param("username", "operator").param("password", "demo"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", "/login?expired"))
			.andExpect(unauthenticated());
		mvc.perform(get("/login").param("expired", ""))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"login-expired\"")));
	}

	@Test
	void a_stale_form_of_someone_no_longer_signed_in_leads_to_the_login_page() throws Exception {
		mvc.perform(post("/admin/users").with(csrf().useInvalidToken())
				.param("username", "stale.form").param("displayName", "过期表单"))
			.andExpect(header().string("Location", "/login?expired"));
		assertThat(accounts.usernameTaken("stale.form")).isFalse();
	}

	@Test
	void a_signed_in_users_stale_form_is_refused_as_expired_not_as_a_lack_of_rights() throws Exception {
		mvc.perform(post("/admin/users").with(user(admin())).with(csrf().useInvalidToken())
				.param("username", "stale.form").param("displayName", "过期表单"))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(ExpiredForms.ATTRIBUTE, true));
		mvc.perform(get("/admin/users").header("X-Api-Key", "demo-h-HEAT"))
			.andExpect(status().isForbidden())
			.andExpect(request().attribute(ExpiredForms.ATTRIBUTE, org.hamcrest.Matchers.nullValue()));
		assertThat(accounts.usernameTaken("stale.form")).isFalse();
	}

	@Test
	void the_user_list_pages_through_its_filter_form() throws Exception {
		mvc.perform(get("/admin/users").with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(pagerButton(1)));
		mvc.perform(get("/admin/users").param("page", "1").with(user(admin())))
			.andExpect(content().string(pagerButton(0)));
	}

	private static org.hamcrest.Matcher<String> pagerButton(int page) {
		return org.hamcrest.Matchers.matchesPattern("(?s).*<button(?=[^>]*form=\"user-filter\")(?=[^>]*name=\"page\")"
				+ "(?=[^>]*value=\"" + page + "\")[^>]*>.*");
	}
}
