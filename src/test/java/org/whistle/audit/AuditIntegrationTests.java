package org.whistle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.catalog.rule.RuleVersion;
import org.whistle.catalog.rule.Rules;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.UnitRegistry;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;
import org.whistle.knowledge.KnowledgeBase;
import org.whistle.people.ApiKeys;
import org.whistle.people.Role;
import org.whistle.people.StaffAccounts;

/**
 * The audit trail in the running application: each administrative change made through its page
 * leaves exactly one row naming who made it, a refused or rolled-back change leaves none, and
 * only administrators read the trail. Changes commit (no test transaction), so every name
 * carries a random suffix: the test classes share one database.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditIntegrationTests {

	static final String NOISE = "040203";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail trail;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	ApiKeys apiKeys;

	@Autowired
	Units units;

	@Autowired
	UnitRegistry registry;

	@Autowired
	Rules rules;

	@Autowired
	City city;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void creating_a_user_leaves_one_row_naming_the_admin_and_never_the_password() throws Exception {
		String username = "audit." + suffix().toLowerCase(Locale.ROOT);
		String location = mvc.perform(post("/admin/users").with(admin()).with(csrf())
				.param("username", username).param("displayName", "审计测试").param("unitId", String.valueOf(hotline()))
				.param("roles", "OPERATOR").param("password", "secret-audit-123"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = idIn(location);

		List<AuditEvent> trail = trailOf("staff", id);

		assertThat(trail).singleElement().satisfies(event -> {
			assertThat(event.actor()).isEqualTo("admin");
			assertThat(event.action()).isEqualTo("staff.created");
			assertThat(event.detail()).contains("username=" + username).contains("OPERATOR")
				.doesNotContain("secret-audit-123").doesNotContain("$2");
		});
	}

	@Test
	void a_new_password_leaves_one_row_without_the_password_or_its_hash() throws Exception {
		long id = newUser();

		mvc.perform(post("/admin/users/{id}", id).with(admin()).with(csrf())
				.param("displayName", "改过名的用户").param("unitId", String.valueOf(hotline()))
				.param("roles", "CALLBACK").param("enabled", "true").param("password", "another-secret-456"))
			.andExpect(status().is3xxRedirection());

		assertThat(trailOf("staff", id)).extracting(AuditEvent::action, AuditEvent::actor)
			.containsExactly(tuple("staff.created", AuditRecord.SYSTEM), tuple("staff.updated", "admin"),
					tuple("staff.passwordChanged", "admin"));
		assertThat(trailOf("staff", id)).allSatisfy(event -> assertThat(event.detail())
			.doesNotContain("another-secret-456").doesNotContain("$2"));
	}

	@Test
	void issuing_and_revoking_a_key_each_leave_one_row_that_never_holds_the_key() throws Exception {
		long id = newUser();
		String label = "CRM-" + suffix();

		String key = (String) mvc.perform(post("/admin/users/{id}/keys", id).with(admin()).with(csrf())
				.param("label", label))
			.andExpect(status().is3xxRedirection())
			.andReturn().getFlashMap().get("newKey");
		long keyId = apiKeys.of(id).get(0).id();
		mvc.perform(post("/admin/users/{id}/keys/{key}/revoke", id, keyId).with(admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(trailOf("staff", id, "staff.keyIssued")).singleElement().satisfies(event -> {
			assertThat(event.actor()).isEqualTo("admin");
			assertThat(event.detail()).contains(label).doesNotContain(key).doesNotContain(key.substring(3));
		});
		assertThat(trailOf("staff", id, "staff.keyRevoked")).singleElement().satisfies(event -> {
			assertThat(event.actor()).isEqualTo("admin");
			assertThat(event.detail()).isEqualTo("keyId=" + keyId);
		});
	}

	@Test
	void a_key_that_is_no_longer_live_is_not_revoked_again_and_leaves_no_row() throws Exception {
		long id = newUser();
		apiKeys.issue(id, "once");
		long keyId = apiKeys.of(id).get(0).id();
		apiKeys.revoke(id, keyId);
		int before = trailOf("staff", id).size();

		mvc.perform(post("/admin/users/{id}/keys/{key}/revoke", id, keyId).with(admin()).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(trailOf("staff", id)).hasSize(before);
	}

	@Test
	void creating_and_editing_a_unit_leave_one_row_each_and_an_invalid_edit_none() throws Exception {
		String code = "AUD-" + suffix();
		String location = mvc.perform(post("/admin/units").with(admin()).with(csrf())
				.param("code", code).param("kind", "DEPARTMENT").param("name", "审计测试局"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = idIn(location);

		mvc.perform(post("/admin/units/{id}", id).with(admin()).with(csrf())
				.param("name", "改名后的审计测试局").param("active", "true"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/units/{id}", id).with(admin()).with(csrf())
				.param("name", " ").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("p class=\"error\"")));

		assertThat(trailOf("unit", id)).extracting(AuditEvent::action).containsExactly("unit.created", "unit.updated");
		assertThat(trailOf("unit", id)).allSatisfy(event -> assertThat(event.actor()).isEqualTo("admin"));
		assertThat(trailOf("unit", id).get(1).detail()).contains("code=" + code).contains("name=改名后的审计测试局");
		assertThat(units.byId(id)).get().extracting(unit -> unit.name()).isEqualTo("改名后的审计测试局");
	}

	@Test
	void a_unit_created_with_an_invalid_code_leaves_no_row() throws Exception {
		int before = countOf("unit.created");

		mvc.perform(post("/admin/units").with(admin()).with(csrf())
				.param("code", "bad code").param("kind", "DEPARTMENT").param("name", "不该保存"))
			.andExpect(status().isOk());

		assertThat(countOf("unit.created")).isEqualTo(before);
	}

	@Test
	void creating_and_editing_a_rule_leave_one_row_each_and_an_invalid_edit_none() throws Exception {
		String street = streetWithoutRules();
		String location = mvc.perform(post("/admin/catalog/rules").with(admin()).with(csrf())
				.param("categoryCode", NOISE).param("areaCode", street).param("leadUnit", "HBJ"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = idIn(location);

		mvc.perform(post("/admin/catalog/rules/{id}", id).with(admin()).with(csrf())
				.param("categoryCode", NOISE).param("areaCode", street).param("leadUnit", "HBJ").param("coUnits", "ZFJ"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/catalog/rules/{id}", id).with(admin()).with(csrf())
				.param("categoryCode", NOISE).param("areaCode", street).param("leadUnit", "XYZ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("XYZ")));

		try {
			assertThat(trailOf("rule", id)).extracting(AuditEvent::action).containsExactly("rule.created", "rule.updated");
			assertThat(trailOf("rule", id)).allSatisfy(event -> assertThat(event.actor()).isEqualTo("admin"));
			assertThat(trailOf("rule", id).get(1).detail()).startsWith("version=2").contains("coUnits=ZFJ");
			assertThat(rules.history(id)).extracting(RuleVersion::version).containsExactly(1, 2);
		}
		finally {
			// a current rule would take this street and category from the other test classes
			mvc.perform(post("/admin/catalog/rules/{id}/deactivate", id).with(admin()).with(csrf()))
				.andExpect(status().is3xxRedirection());
		}
		assertThat(trailOf("rule", id)).extracting(AuditEvent::action).endsWith("rule.deactivated").hasSize(3);
	}

	@Test
	void creating_and_editing_a_knowledge_entry_leave_one_row_each_and_an_invalid_edit_none() throws Exception {
		String title = "审计测试条目 " + suffix();
		String location = mvc.perform(post("/knowledge").with(admin()).with(csrf())
				.param("title", title).param("answer", "审计测试用的答复。"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = idIn(location);

		mvc.perform(post("/knowledge/{id}", id).with(admin()).with(csrf())
				.param("version", "1").param("title", title + " 改").param("answer", "改过的答复。"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/knowledge/{id}", id).with(admin()).with(csrf())
				.param("version", "2").param("title", " ").param("answer", "改过的答复。"))
			.andExpect(status().isOk());
		// saved over a version that is no longer the entry's: refused as a conflict, no row either
		mvc.perform(post("/knowledge/{id}", id).with(admin()).with(csrf())
				.param("version", "1").param("title", title).param("answer", "过时的修改。"))
			.andExpect(status().isConflict());

		assertThat(trailOf("knowledge", id)).extracting(AuditEvent::action)
			.containsExactly("knowledge.created", "knowledge.updated");
		assertThat(trailOf("knowledge", id)).allSatisfy(event -> assertThat(event.actor()).isEqualTo("admin"));
		assertThat(trailOf("knowledge", id).get(1).detail()).contains("version=2").contains("title=" + title + " 改")
			.doesNotContain("改过的答复");
		assertThat(knowledge.find(id)).get().extracting(entry -> entry.version()).isEqualTo(2);
	}

	@Test
	void a_change_rolled_back_after_its_record_was_published_leaves_no_row() {
		long id = registry.create(new UnitRegistry.NewUnit("AUD-" + suffix(), "回滚测试局", UnitKind.DEPARTMENT, null,
				null)).id();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			registry.update(id, new UnitRegistry.Change("回滚前的名字", null, true));
			throw new IllegalStateException("something later in the transaction fails");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(trailOf("unit", id)).extracting(AuditEvent::action).containsExactly("unit.created");
		assertThat(units.byId(id)).get().extracting(unit -> unit.name()).isEqualTo("回滚测试局");
	}

	@Test
	void a_record_published_outside_a_transaction_is_refused_rather_than_stored_apart_from_its_change() {
		String subject = "outside-" + suffix();

		assertThatThrownBy(() -> events.publishEvent(AuditRecord.of("test.done", "test", subject, "")))
			.isInstanceOf(IllegalTransactionStateException.class);

		assertThat(trailOf("test", subject)).isEmpty();
	}

	@Test
	void a_change_made_by_nobody_signed_in_is_the_systems() {
		long id = newUser();

		assertThat(trailOf("staff", id)).singleElement().extracting(AuditEvent::actor).isEqualTo(AuditRecord.SYSTEM);
	}

	@Test
	void the_audit_page_lists_the_changes_newest_first_and_filters_them() throws Exception {
		String code = "AUD-" + suffix();
		long id = registry.create(new UnitRegistry.NewUnit(code, "审计页面测试局", UnitKind.DEPARTMENT, null, null)).id();
		registry.update(id, new UnitRegistry.Change("审计页面测试局（改）", null, true));

		String page = mvc.perform(get("/admin/audit").header("X-Api-Key", "demo-admin")
				.param("subjectType", "unit").param("text", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计日志")))
			.andExpect(content().string(containsString("修改单位")))
			.andExpect(content().string(containsString("新建单位")))
			.andReturn().getResponse().getContentAsString();
		assertThat(page.indexOf("data-action=\"unit.updated\"")).isPositive()
			.isLessThan(page.indexOf("data-action=\"unit.created\""));
		assertThat(page.split("<tr data-id=")).hasSize(3);

		mvc.perform(get("/admin/audit").header("X-Api-Key", "demo-admin").param("text", code).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Audit trail")))
			.andExpect(content().string(containsString("Unit changed")));
		mvc.perform(get("/admin/audit").header("X-Api-Key", "demo-admin").param("text", code)
				.param("actor", "somebody-else"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"audit-empty\"")))
			.andExpect(content().string(not(containsString("id=\"audit-events\""))));
		mvc.perform(get("/admin/audit").header("X-Api-Key", "demo-admin").param("text", "%"))
			.andExpect(status().isOk());
	}

	@Test
	void a_handler_may_not_read_the_audit_trail() throws Exception {
		mvc.perform(get("/admin/audit").header("X-Api-Key", "demo-h-HEAT"))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_admin_sees_the_audit_page_in_the_navigation() throws Exception {
		mvc.perform(get("/").with(admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/admin/audit\"")));
	}

	/** The demo admin as logged in: the same principal the log-in form gives. */
	private RequestPostProcessor admin() {
		UserDetails admin = users.loadUserByUsername("admin");
		return user(admin);
	}

	/** A fresh user created without anyone signed in. */
	private long newUser() {
		return accounts.create("audit." + suffix().toLowerCase(Locale.ROOT), "审计测试", hotline(),
				EnumSet.of(Role.OPERATOR), "{noop}not-a-real-hash");
	}

	private long hotline() {
		return units.byCode("ZWJ").orElseThrow().id();
	}

	private String streetWithoutRules() {
		return city.areas(AreaLevel.STREET).stream()
			.map(Area::code)
			.filter(code -> rules.latest().stream().noneMatch(rule -> code.equals(rule.terms().areaCode())))
			.findFirst()
			.orElseThrow();
	}

	private List<AuditEvent> trailOf(String subjectType, Object subjectId) {
		return trail.of(subjectType, String.valueOf(subjectId));
	}

	private List<AuditEvent> trailOf(String subjectType, Object subjectId, String action) {
		return trailOf(subjectType, subjectId).stream().filter(event -> event.action().equals(action)).toList();
	}

	private int countOf(String action) {
		return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = :action").param("action", action)
			.query(Integer.class).single();
	}

	private static long idIn(String location) {
		return Long.parseLong(location.replaceAll("^.*/(\\d+).*$", "$1"));
	}

	private static String suffix() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
	}
}
