package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

/** The city map as a person sees it in a browser: the demo city's districts, in Chinese and in English. */
class MapPageBrowserTest extends BrowserTest {

	/** The demo city has six districts. */
	static final int DISTRICTS = 6;

	@Test
	void an_admin_finds_the_map_in_the_navigation_and_sees_the_six_districts_of_the_demo_city() {
		loginAs("admin");

		page.locator("header a[href='/map']").click();
		assertThat(page).hasURL(Pattern.compile(".*/map([?#].*)?$"));

		assertThat(page.locator("#district-list > li")).hasCount(DISTRICTS);
		assertThat(page.locator("path.area-district")).hasCount(DISTRICTS);
		assertThat(page.locator("path.area-district").first()).isVisible();
	}

	@Test
	void switching_to_english_shows_the_map_page_in_english() {
		loginAs("admin");
		open("/map");
		Locator mapLink = page.locator("header a[href='/map']");
		assertThat(page.locator("html")).not().hasAttribute("lang", Pattern.compile("^en"));
		assertThat(mapLink).not().hasText("City map");

		page.locator("a[href*='lang=en']", new Page.LocatorOptions().setHasText("English")).click();

		assertThat(page.locator("html")).hasAttribute("lang", Pattern.compile("^en"));
		assertThat(mapLink).hasText("City map");
		assertThat(page.locator("#district-list > li")).hasCount(DISTRICTS);
		assertThat(page.locator("path.area-district")).hasCount(DISTRICTS);
	}
}
