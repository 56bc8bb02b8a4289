package org.whistle.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class AuditRecordTest {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void the_actor_is_the_signed_in_users_name() {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken
			.authenticated("li.lei", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));

		assertThat(AuditRecord.of("unit.created", "unit", 7L, "").actor()).isEqualTo("li.lei");
	}

	@Test
	void nobody_or_an_anonymous_visitor_signed_in_makes_the_system_the_actor() {
		assertThat(AuditRecord.currentActor()).isEqualTo(AuditRecord.SYSTEM);

		SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

		assertThat(AuditRecord.currentActor()).isEqualTo(AuditRecord.SYSTEM);
	}

	@Test
	void a_detail_names_each_value_and_shows_null_as_empty() {
		assertThat(AuditRecord.detail("code", "CGW", "parentId", null, "roles", Set.of("ADMIN")))
			.isEqualTo("code=CGW, parentId=, roles=[ADMIN]");
		assertThatThrownBy(() -> AuditRecord.detail("code")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void a_long_detail_is_cut_to_the_column_without_splitting_a_character() {
		String detail = "名".repeat(1998) + "𠀀" + "x".repeat(10);

		String stored = new AuditRecord("admin", "knowledge.updated", "knowledge", "1", detail).detail();

		assertThat(stored).hasSizeLessThanOrEqualTo(AuditRecord.MAX_DETAIL).endsWith("名…");
		assertThat(new AuditRecord("admin", "a.b", "c", "1", null).detail()).isEmpty();
	}

	@Test
	void a_record_needs_who_what_and_which() {
		for (List<String> fields : List.of(List.of(" ", "a.b", "c", "1"), List.of("admin", "", "c", "1"),
				List.of("admin", "a.b", "c", " "), List.of("admin", "a.b", "x".repeat(33), "1"))) {
			assertThatThrownBy(() -> new AuditRecord(fields.get(0), fields.get(1), fields.get(2), fields.get(3), ""))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void a_mobile_number_that_reaches_a_detail_is_masked_before_it_is_stored() {
		assertThat(AuditTrail.masked("title=请拨打13812345678咨询, hotline=12345, id=213812345678"))
			.isEqualTo("title=请拨打138****5678咨询, hotline=12345, id=213812345678");
	}

	@Test
	void a_text_filter_is_taken_literally() {
		var filter = new AuditFilter(" ", null, "50%_a", 0, 50);

		assertThat(filter.subjectType()).isNull();
		assertThat(filter.where()).doesNotContain("subject_type").contains("LIKE :text");
		assertThat(filter.params()).containsEntry("text", "%50\\%\\_a%");
	}

	@Test
	void chinese_and_english_name_the_same_messages() throws IOException {
		assertThat(keys("audit_en")).isEqualTo(keys("audit"));
	}

	private static Set<String> keys(String bundle) throws IOException {
		try (InputStream in = AuditRecordTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
			return new PropertyResourceBundle(in).keySet();
		}
	}
}
