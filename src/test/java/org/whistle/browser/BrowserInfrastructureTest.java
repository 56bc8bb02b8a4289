package org.whistle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * Tells a broken browser set-up (driver, Node.js, Chromium) apart from a broken page: it needs
 * no application context, only Playwright driving Debian's Chromium.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BrowserInfrastructureTest {

	@Test
	void playwright_drives_debians_chromium_through_the_npm_driver() {
		try (Playwright playwright = PlaywrightDriver.create();
				Browser browser = playwright.chromium().launch(PlaywrightDriver.chromium())) {
			Page page = browser.newPage();
			page.navigate("data:text/html;charset=utf-8,<title>Whistle ok</title><p id=p>接诉即办</p>");
			assertThat(page.title()).isEqualTo("Whistle ok");
			assertThat(page.textContent("#p")).isEqualTo("接诉即办");
			assertThat(browser.version()).isNotBlank();
		}
	}
}
