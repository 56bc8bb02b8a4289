package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

/**
 * The users' admin pages as an admin clicks through them: searching, creating a user (with a
 * password too short first), that user logging in, and an API key issued and revoked. The new
 * users carry a random suffix, as every test class shares the one database.
 */
class UserAdminBrowserTest extends BrowserTest {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void an_admin_searches_the_users_for_the_heating_companys_handler() {
		loginAs("admin");
		page.locator("header a[href='/admin/users']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
		assertThat(userLink("admin")).isVisible();

		page.locator("#user-filter input[name=text]").fill("h-HEAT");
		page.locator("#user-filter button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/users\\?text=h-HEAT(&.*)?$"));
		assertThat(page.locator("#user-filter input[name=text]")).hasValue("h-HEAT");
		Locator row = userRow("h-HEAT");
		assertThat(row).hasCount(1);
		assertThat(row.locator("td:nth-child(2)")).hasText("城市热力集团承办人");
		assertThat(row.locator("td:nth-child(3)")).hasText("城市热力集团");
		assertThat(row.locator("td:nth-child(4)")).hasText("承办人");
		assertThat(row.locator("td:nth-child(5)")).hasText("启用");
		assertThat(userLink("admin")).hasCount(0);
		assertThat(page.locator("#users tbody td:first-child a").allTextContents()).isNotEmpty()
			.allSatisfy(username -> assertThat(username.toLowerCase(Locale.ROOT)).contains("h-heat"));
	}

	@Test
	void a_new_user_is_refused_a_short_password_then_created_and_logs_in_to_their_role_panel() {
		String username = "t-" + UnitAdminBrowserTest.suffix().toLowerCase(Locale.ROOT);
		String displayName = "测试派单员" + username;
		String password = "pw-" + username + "-long";
		loginAs("admin");
		page.locator("header a[href='/admin/users']").click();
		page.locator("#user-filter a[href='/admin/users/new']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/users/new$"));
		assertThat(page.locator("main h1")).hasText("新建用户");

		page.locator("#username").fill(username);
		page.locator("#displayName").fill(displayName);
		page.locator("#unitId").selectOption(new SelectOption().setLabel("HEAT 城市热力集团"));
		page.locator("#user-form input[name=roles][value=DISPATCHER]").check();
		page.locator("#password").fill("short");
		page.locator("#user-form button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/users$"));
		assertThat(page.locator("main h1")).hasText("新建用户");
		assertThat(page.locator("#user-form .error")).hasCount(1);
		assertThat(page.locator("#password + p.error")).hasText("密码至少 8 个字符。");
		// the rest of the form is kept
		assertThat(page.locator("#username")).hasValue(username);
		assertThat(page.locator("#displayName")).hasValue(displayName);
		assertThat(page.locator("#user-form input[name=roles][value=DISPATCHER]")).isChecked();
		assertThat(page.locator("#unitId option:checked")).hasText("HEAT 城市热力集团");

		page.locator("#password").fill(password);
		page.locator("#user-form button[type=submit]").click();

		// had the first attempt saved anything, the user name would be taken now
		assertThat(page).hasURL(Pattern.compile(".*/admin/users/\\d+\\?saved$"));
		assertThat(page.locator("p.notice")).hasText("已保存");
		assertThat(page.locator("main h1")).hasText("编辑用户 · " + username);
		page.locator("header a[href='/admin/users']").click();
		page.locator("#user-filter input[name=text]").fill(username);
		page.locator("#user-filter button[type=submit]").click();
		assertThat(userRow(username)).hasCount(1);
		assertThat(userRow(username).locator("td:nth-child(4)")).hasText("派单员");

		page.locator("header form[action='/logout'] button").click();
		assertThat(page).hasURL(Pattern.compile(".*/login\\?logout$"));
		assertThat(page.locator("p.notice")).hasText("您已退出登录。");

		page.locator("input[name=username]").fill(username);
		page.locator("input[name=password]").fill(password);
		page.locator("button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/$"));
		assertThat(page.locator("header .who")).hasText(username);
		assertThat(page.locator("main h1")).hasText("您好，" + displayName);
		assertThat(page.locator("#panel-DISPATCHER")).isVisible();
		assertThat(page.locator("#panel-DISPATCHER h2")).hasText("派单员");
		assertThat(page.locator(".role-panel")).hasCount(1);
		assertThat(page.locator("main p.muted")).containsText("城市热力集团");
		assertThat(page.locator("header a[href^='/admin']")).hasCount(0);
	}

	@Test
	void an_api_key_is_shown_once_when_issued_and_stops_working_when_revoked() throws Exception {
		String username = "t-" + UnitAdminBrowserTest.suffix().toLowerCase(Locale.ROOT);
		String label = "测试对接系统 " + username;
		loginAs("admin");
		createUser(username, "测试回访员" + username, "ZWJ", "CALLBACK");
		assertThat(page.locator("#new-key")).hasCount(0);

		page.locator("#issue-key input[name=label]").fill(label);
		page.locator("#issue-key button[type=submit]").click();

		Locator newKey = page.locator("#new-key");
		assertThat(newKey).isVisible();
		String key = newKey.textContent().strip();
		assertThat(key).isNotBlank().doesNotContain(" ");
		Locator keyRow = page.locator("#api-keys tbody tr").filter(new Locator.FilterOptions().setHasText(label));
		assertThat(keyRow).hasCount(1);
		assertThat(keyRow.locator("button[type=submit]")).hasText("吊销");
		assertThat(apiMeStatus(key)).as("GET /api/me with the new key").isEqualTo(200);

		// shown once: the page opened again no longer has it
		page.reload();
		assertThat(page.locator("main h1")).hasText("编辑用户 · " + username);
		assertThat(keyRow).hasCount(1);
		assertThat(page.locator("#new-key")).hasCount(0);
		assertThat(page.content()).doesNotContain(key);

		keyRow.locator("button[type=submit]").click();

		assertThat(keyRow.locator(".badge.off")).hasText("已吊销");
		assertThat(keyRow.locator("button")).hasCount(0);
		assertThat(page.locator("#new-key")).hasCount(0);
		assertThat(apiMeStatus(key)).as("GET /api/me with the revoked key").isEqualTo(401);
	}

	/** Creates a user through the form; the browser is left on their page. */
	private void createUser(String username, String displayName, String unitCode, String role) {
		page.locator("header a[href='/admin/users']").click();
		page.locator("#user-filter a[href='/admin/users/new']").click();
		page.locator("#username").fill(username);
		page.locator("#displayName").fill(displayName);
		Locator unit = page.locator("#unitId option")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + unitCode + " ")));
		page.locator("#unitId").selectOption(new SelectOption().setLabel(unit.textContent().strip()));
		page.locator("#user-form input[name=roles][value=" + role + "]").check();
		page.locator("#password").fill("pw-" + username + "-long");
		page.locator("#user-form button[type=submit]").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/users/\\d+\\?saved$"));
		assertThat(page.locator("main h1")).hasText("编辑用户 · " + username);
	}

	/**
	 * The status of {@code GET /api/me} with the key and no session, from outside the browser:
	 * it checks what the clicks did, as a system holding the key would see it.
	 */
	private int apiMeStatus(String key) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/me"))
			.header("X-Api-Key", key)
			.timeout(Duration.ofSeconds(20))
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private Locator userLink(String username) {
		return page.locator("#users tbody td:first-child a")
			.getByText(username, new Locator.GetByTextOptions().setExact(true));
	}

	private Locator userRow(String username) {
		Locator link = page.locator("td:first-child a").getByText(username, new Locator.GetByTextOptions().setExact(true));
		return page.locator("#users tbody tr").filter(new Locator.FilterOptions().setHas(link));
	}
}
