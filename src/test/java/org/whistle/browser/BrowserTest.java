package org.whistle.browser;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test against the running application: Debian's Chromium, driven by Playwright (see
 * {@link PlaywrightDriver}), with one Playwright and browser per test class and a fresh context
 * and page (no cookies, Chinese first, as a citizen's browser in the city) per test. A failing
 * test leaves a full-page screenshot in {@code target/browser-screenshots/}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

	/** The demo accounts' password. */
	protected static final String DEMO_PASSWORD = "demo";

	static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		// two cores shared with the application server: give pages time
		PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
		playwright = PlaywrightDriver.create();
		browser = playwright.chromium().launch(PlaywrightDriver.chromium());
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
			.setLocale("zh-CN")
			.setTimezoneId("Asia/Shanghai")
			.setViewportSize(1280, 900));
		context.setDefaultTimeout(15_000);
		context.setDefaultNavigationTimeout(30_000);
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		if (context != null) {
			context.close();
			context = null;
			page = null;
		}
	}

	/** {@code http://localhost:PORT}, no trailing slash. */
	protected String baseUrl() {
		return "http://localhost:" + port;
	}

	/** Opens {@code path} (e.g. {@code /map}) of the application and fails on an error status. */
	protected Page open(String path) {
		Response response = page.navigate(baseUrl() + path);
		if (response != null && response.status() >= 400) {
			throw new AssertionError("GET " + path + " answered " + response.status() + " " + response.statusText());
		}
		return page;
	}

	/** Logs in as the demo account {@code username} through the login page; the app lands on {@code /}. */
	protected Page loginAs(String username) {
		String loginUrl = baseUrl() + "/login";
		open("/login");
		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(DEMO_PASSWORD);
		page.locator("button[type=submit]").click();
		page.waitForURL(url -> !url.equals(loginUrl));
		String path = page.url().substring(baseUrl().length());
		if (path.startsWith("/login")) {
			throw new AssertionError("Logging in as " + username + " failed: the browser is at " + path);
		}
		if (!(path.equals("/") || path.startsWith("/?"))) {
			throw new AssertionError("After logging in as " + username + " the browser is at " + path + ", not /");
		}
		return page;
	}

	/**
	 * Drops the session and logs in as another demo user. The page is left first, so that no
	 * request it still makes (an htmx fragment loading) runs without the session and puts a
	 * session of its own in the cookie jar beside the login form's.
	 */
	protected Page switchTo(String username) {
		page.navigate("about:blank");
		context.clearCookies();
		return loginAs(username);
	}

	/** Saves a full-page screenshot of the test's page when the test failed. */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext extension) {
			if (extension.getExecutionException().isEmpty()) {
				return;
			}
			Object instance = extension.getTestInstance().orElse(null);
			if (!(instance instanceof BrowserTest test) || test.page == null || test.page.isClosed()) {
				return;
			}
			String name = extension.getRequiredTestClass().getSimpleName() + "."
					+ extension.getRequiredTestMethod().getName() + "-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".png";
			Path file = SCREENSHOTS.resolve(name);
			try {
				test.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true).setTimeout(10_000));
				System.err.println("Browser screenshot of the failed test (at " + test.page.url() + "): "
						+ file.toAbsolutePath());
			}
			catch (RuntimeException e) {
				System.err.println("No browser screenshot of the failed test: " + e.getMessage());
			}
		}
	}
}
