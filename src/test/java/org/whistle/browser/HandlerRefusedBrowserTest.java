package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Test;

/** A handler is no admin: the admin pages refuse them, and their top bar does not offer them. */
class HandlerRefusedBrowserTest extends BrowserTest {

	static final List<String> ADMIN_PAGES = List.of("/admin/users", "/admin/units", "/admin/catalog");

	@Test
	void a_handler_sees_no_admin_links_in_the_top_bar_or_on_their_home_page() {
		loginAs("h-HEAT");

		assertThat(page.locator("header .who")).hasText("h-HEAT");
		assertThat(page.locator("header nav a[href='/map']")).isVisible();
		assertThat(page.locator("#panel-HANDLER")).isVisible();
		assertThat(page.locator("#panel-ADMIN")).hasCount(0);
		assertThat(page.locator("header a[href^='/admin']")).hasCount(0);
		assertThat(page.locator("a[href^='/admin'], a[href^='/actuator']")).hasCount(0);
	}

	@Test
	void a_handler_who_opens_an_admin_page_is_refused_with_403_and_stays_logged_in() {
		loginAs("h-HEAT");

		for (String path : ADMIN_PAGES) {
			Response response = page.navigate(baseUrl() + path);
			assertThat(response.status()).as("GET " + path).isEqualTo(403);
			assertThat(page.locator("body")).containsText("403");
			assertThat(page.locator("#users, #units, #tree, #user-filter, #unit-filter")).hasCount(0);
		}
		// still logged in, and refused rather than sent to log in again
		page.navigate(baseUrl() + "/");
		assertThat(page.locator("header .who")).hasText("h-HEAT");
	}
}
