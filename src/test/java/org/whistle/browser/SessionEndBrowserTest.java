package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What a browser meets when its session ends while a page or the login form is open. */
class SessionEndBrowserTest extends BrowserTest {

	@Test
	void a_login_form_whose_session_ended_says_so_and_logs_in_on_the_second_try() {
		open("/login");
		context.clearCookies();
		submitLogin("dispatcher");

		assertThat(page).hasURL(Pattern.compile(".*/login\\?expired$"));
		assertThat(page.locator("#login-expired")).hasText("页面已过期，请重新登录。");

		submitLogin("dispatcher");
		assertThat(page.locator("header .who")).hasText("dispatcher");
	}

	@Test
	void a_page_whose_session_ended_goes_to_the_login_page_when_it_next_loads_a_fragment() {
		loginAs("leader");
		open("/board");
		context.clearCookies();

		page.evaluate("htmx.ajax('GET', '/board/live', {target: '#live', swap: 'outerHTML'})");

		assertThat(page).hasURL(Pattern.compile(".*/login$"));
		assertThat(page.locator("form input[name=username]")).hasCount(1);
		submitLogin("leader");
		assertThat(page.locator("header .who")).hasText("leader");
	}

	@Test
	void a_form_that_no_longer_matches_the_session_is_refused_as_expired_and_saves_nothing() {
		loginAs("admin");
		open("/admin/users/new");
		page.locator("#user-form input[name=_csrf]").evaluate("input => input.value = 'stale'");
		page.locator("#username").fill("stale.form");
		page.locator("#displayName").fill("过期表单");
		page.locator("#user-form button[type=submit]").click();

		assertThat(page.locator("#error-page")).containsText("表单已过期，请刷新页面后再试。");
		open("/admin/users?text=stale.form");
		assertThat(page.locator("#users")).not().containsText("stale.form");
	}

	private void submitLogin(String username) {
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(DEMO_PASSWORD);
		page.locator("button[type=submit]").click();
	}
}
