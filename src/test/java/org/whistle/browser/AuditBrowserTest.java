package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/** The audit trail as an administrator reads it after a change of their own. */
class AuditBrowserTest extends BrowserTest {

	@Test
	void an_admin_creates_a_unit_and_finds_the_change_under_their_name_in_the_audit_trail() {
		String code = "AUD-" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
		String name = "审计浏览器测试局" + code;
		loginAs("admin");
		open("/admin/units/new");
		page.locator("#code").fill(code);
		page.locator("#kind").selectOption("DEPARTMENT");
		page.locator("#name").fill(name);
		page.locator("#unit-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/units/\\d+\\?saved$"));

		page.locator("header a[href='/admin/audit']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/audit$"));
		assertThat(page.locator("main h1")).hasText("审计日志");
		Locator newest = page.locator("#audit-events tbody tr").first();
		assertThat(newest.locator(".detail")).containsText("code=" + code);

		page.locator("#audit-filter select[name=subjectType]").selectOption("unit");
		page.locator("#audit-filter input[name=text]").fill(code);
		page.locator("#audit-filter button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/audit\\?.*text=" + code + ".*"));
		Locator rows = page.locator("#audit-events tbody tr");
		assertThat(rows).hasCount(1);
		assertThat(rows.locator(".actor")).hasText("admin");
		assertThat(rows.locator(".action")).hasText("新建单位");
		assertThat(rows.locator(".subject")).containsText("单位");
		assertThat(rows.locator(".detail")).containsText("name=" + name);
		assertThat(page.locator("#audit-filter select[name=subjectType]")).hasValue("unit");
		assertThat(page.locator("#audit-filter input[name=text]")).hasValue(code);

		page.locator("#audit-filter input[name=actor]").fill("operator");
		page.locator("#audit-filter button[type=submit]").click();
		assertThat(page.locator("#audit-empty")).isVisible();
		assertThat(page.locator("#audit-events")).hasCount(0);
	}
}
