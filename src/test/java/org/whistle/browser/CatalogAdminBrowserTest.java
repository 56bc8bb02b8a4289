package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog's admin pages as an admin clicks through them: the category tree searched with
 * htmx, a category added and renamed, a dispatch rule created, edited and tried out, and a
 * malformed rules file refused. Edits touch only categories the test added itself, so that the
 * demo catalog the other tests rely on stays as it is.
 */
class CatalogAdminBrowserTest extends BrowserTest {

	private static final Pattern CATEGORY_URL = Pattern.compile(".*/admin/catalog/categories/(\\d{2})\\?saved$");

	private static final Pattern RULE_URL = Pattern.compile(".*/admin/catalog/rules/(\\d+)\\?saved$");

	@TempDir
	Path tmp;

	@Test
	void searching_the_category_tree_narrows_it_in_place_and_opens_the_winter_heating_category() {
		loginAs("admin");
		page.locator("header a[href='/admin/catalog']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/catalog$"));
		Locator winterHeating = page.locator("#tree a[href='/admin/catalog/categories/010208']");
		Locator partyAffairs = page.locator("#tree a[href='/admin/catalog/categories/02']");
		assertThat(partyAffairs).isVisible();
		assertThat(winterHeating).not().isVisible();

		Response tree = page.waitForResponse(response -> response.url().contains("/admin/catalog/tree?"),
				() -> page.locator("#category-search input[name=q]").fill("冬季采暖"));

		assertThat(tree.status()).isEqualTo(200);
		assertThat(winterHeating).isVisible();
		assertThat(winterHeating).containsText("冬季采暖");
		assertThat(partyAffairs).hasCount(0);
		// its ancestors stay, to show where it is
		assertThat(page.locator("#tree a[href='/admin/catalog/categories/01']")).isVisible();
		assertThat(page.locator("#tree a[href='/admin/catalog/categories/0102']")).isVisible();
		// swapped in by htmx: the page itself was not reloaded
		assertThat(page).hasURL(Pattern.compile(".*/admin/catalog$"));

		winterHeating.click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/catalog/categories/010208$"));
		assertThat(page.locator("main h1")).hasText("010208 冬季采暖");
		assertThat(page.locator("main > nav.toolbar a[href='/admin/catalog/categories/0102']")).isVisible();
		assertThat(page.locator("#status")).hasText("启用");
		assertThat(page.locator("table.rules tbody")).containsText("城市热力集团");
	}

	@Test
	void an_admin_adds_a_top_level_category_and_renames_it() {
		String suffix = UnitAdminBrowserTest.suffix();
		String name = "测试分类" + suffix;
		String newName = "改名分类" + suffix;
		loginAs("admin");
		String code = addTopLevelCategory(name);
		assertThat(page.locator("#name")).hasValue(name);

		page.locator("#rename #name").fill(newName);
		page.locator("#rename button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/catalog/categories/" + code + "\\?saved$"));
		assertThat(page.locator("p.notice")).hasText("已保存");
		assertThat(page.locator("main h1")).hasText(code + " " + newName);
		assertThat(page.locator("#name")).hasValue(newName);

		page.locator("main > nav.toolbar a[href='/admin/catalog']").click();
		Locator search = page.locator("#category-search input[name=q]");
		Locator mine = page.locator("#tree a[href='/admin/catalog/categories/" + code + "']");
		assertThat(mine).hasText(code + " " + newName);
		page.waitForResponse(response -> response.url().contains("/admin/catalog/tree?"), () -> search.fill(name));
		// "#tree p": the fragment brings its own div#tree, which htmx puts inside the page's
		assertThat(page.locator("#tree p.muted")).hasText("没有匹配的分类");
		page.waitForResponse(response -> response.url().contains("/admin/catalog/tree?"), () -> search.fill(newName));
		assertThat(mine).hasText(code + " " + newName);
		assertThat(page.locator("#tree a")).hasCount(1);
	}

	@Test
	void an_admin_creates_a_rule_for_their_category_edits_it_into_a_second_version_and_tries_it_out() {
		String suffix = UnitAdminBrowserTest.suffix();
		String categoryName = "测试规则分类" + suffix;
		loginAs("admin");
		String code = addTopLevelCategory(categoryName);
		page.locator("header a[href='/admin/catalog']").click();
		page.locator("main > nav.toolbar a[href='/admin/catalog/rules']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/catalog/rules$"));

		page.locator("main > nav.toolbar a[href='/admin/catalog/rules/new']").click();
		assertThat(page.locator("main h1")).hasText("新建规则");
		page.locator("#categoryCode").fill(code);
		page.locator("#leadUnit").fill("HEAT");
		page.locator("#coUnits").fill("CGW");
		page.locator("#signForHours").fill("3");
		page.locator("#rule-form button[type=submit]").click();

		assertThat(page).hasURL(RULE_URL);
		String ruleId = group(RULE_URL, page.url());
		assertThat(page.locator("p.notice")).hasText("已保存");
		assertThat(page.locator("main h1")).hasText("修改规则 " + ruleId);
		Locator history = page.locator("#history tbody tr");
		assertThat(history).hasCount(1);
		assertThat(history.nth(0).locator("td").nth(0)).hasText("v1");
		assertThat(history.nth(0).locator("td").nth(1)).hasText(code + " " + categoryName);
		assertThat(history.nth(0).locator("td").nth(3)).hasText("城市热力集团");
		assertThat(history.nth(0).locator("td").nth(4)).hasText("城市管理委员会");
		assertThat(history.nth(0).locator("td").nth(5)).hasText(Pattern.compile("^3 小时 / "));
		assertThat(history.nth(0).locator("td").nth(9)).hasText("admin");

		page.locator("#leadUnit").fill("WATER");
		page.locator("#signForHours").fill("4");
		page.locator("#rule-form button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/catalog/rules/" + ruleId + "\\?saved$"));
		assertThat(page.locator("p.notice")).hasText("已保存");
		assertThat(page.locator("#leadUnit")).hasValue("WATER");
		assertThat(history).hasCount(2);
		assertThat(history.nth(0).locator("td").nth(0)).hasText("v1");
		assertThat(history.nth(0).locator("td").nth(3)).hasText("城市热力集团");
		assertThat(history.nth(0).locator("td").nth(8)).hasText(Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$"));
		assertThat(history.nth(1).locator("td").nth(0)).hasText("v2");
		assertThat(history.nth(1).locator("td").nth(3)).hasText("自来水集团");
		assertThat(history.nth(1).locator("td").nth(5)).hasText(Pattern.compile("^4 小时 / "));
		assertThat(history.nth(1).locator("td").nth(8)).isEmpty();

		page.locator("main > nav.toolbar a[href='/admin/catalog/rules']").click();
		Locator row = page.locator("table.rules tbody tr")
			.filter(new Locator.FilterOptions().setHas(page.locator("a[href='/admin/catalog/rules/" + ruleId + "']")));
		assertThat(row.locator("td").nth(0)).hasText(ruleId + " v2");
		assertThat(row.locator("td").nth(1)).hasText(code + " " + categoryName);
		assertThat(row.locator("td").nth(3)).hasText("自来水集团");
		assertThat(row.locator("td").nth(7)).hasText("现行");

		page.locator("#preview-category").fill(code);
		page.waitForResponse(response -> response.url().contains("/admin/catalog/rules/preview?"),
				() -> page.locator("#preview-form button[type=submit]").click());

		assertThat(page).hasURL(Pattern.compile(".*/admin/catalog/rules$"));
		Locator preview = page.locator("#preview");
		assertThat(page.locator("#preview-reason")).hasText("规则 " + ruleId + " v2：" + categoryName + " @ 全市 → 自来水集团");
		assertThat(preview.locator("dd").nth(0)).hasText("自来水集团");
		assertThat(preview.locator("dd").nth(1)).hasText("城市管理委员会");
		assertThat(preview.locator("dd").nth(2)).hasText("4 小时");

		page.locator("#preview-category").fill("99");
		page.waitForResponse(response -> response.url().contains("/admin/catalog/rules/preview?"),
				() -> page.locator("#preview-form button[type=submit]").click());
		assertThat(preview.locator(".errors")).hasText("未知分类代码 99");
		assertThat(page.locator("#preview-reason")).hasCount(0);
	}

	@Test
	void a_malformed_rules_file_is_refused_with_its_row_numbers_and_adds_no_rule() throws IOException {
		String suffix = UnitAdminBrowserTest.suffix();
		loginAs("admin");
		String code = addTopLevelCategory("测试导入分类" + suffix);
		page.locator("header a[href='/admin/catalog']").click();
		page.locator("main > nav.toolbar a[href='/admin/catalog/rules']").click();
		String district = page.locator("#preview-place option:not([value=''])").first().getAttribute("value");
		// row 2 is fine on its own; rows 3 and 4 are not, so the whole file is refused
		Path file = tmp.resolve("rules-" + suffix + ".csv");
		Files.writeString(file, String.join("\n",
				"rule_id,category_code,area_code,lead_kind,lead_unit,co_units,sign_for_hours,contact_hours,"
						+ "resolution_days,urgent_sign_for_hours,urgent_contact_hours,urgent_resolution_hours",
				"," + code + "," + district + ",STREET,,,,,,,,",
				"," + code + ",,,NO-SUCH-UNIT,,,,,,,",
				",99,,STREET,,,0,,,,,",
				""), StandardCharsets.UTF_8);
		Locator myRules = page.locator("table.rules tbody tr td:nth-child(2)")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + code + " ")));
		assertThat(myRules).hasCount(0);

		page.setInputFiles("#rule-file", file);
		page.locator("#rule-import button[type=submit]").click();

		Locator errors = page.locator("#import-errors li");
		assertThat(page.locator("#import-errors > p")).hasText("文件被拒绝，未做任何修改：");
		assertThat(errors).hasText(new String[] { "第 3 行：未知单位代码 NO-SUCH-UNIT", "第 4 行：未知分类代码 99",
				"第 4 行：时限“0”无效：应为 1 到 720 的整数" });
		assertThat(page.locator("#import-done")).hasCount(0);
		assertThat(myRules).hasCount(0);

		page.locator("main > nav.toolbar a[href='/admin/catalog/rules?all=true']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/catalog/rules\\?all=true$"));
		assertThat(page.locator("table.rules tbody tr").first()).isVisible();
		assertThat(myRules).hasCount(0);
		assertThat(page.locator("#import-errors")).hasCount(0);
	}

	/** Adds a top-level category through the tree page's form; the browser is left on its page. */
	private String addTopLevelCategory(String name) {
		page.locator("header a[href='/admin/catalog']").click();
		page.locator("#top-name").fill(name);
		page.locator("#add-top button[type=submit]").click();
		assertThat(page).hasURL(CATEGORY_URL);
		String code = group(CATEGORY_URL, page.url());
		assertThat(page.locator("p.notice")).hasText("已保存");
		assertThat(page.locator("main h1")).hasText(code + " " + name);
		assertThat(page.locator("main dl dd").first()).hasText("一级");
		return code;
	}

	private static String group(Pattern pattern, String url) {
		Matcher matcher = pattern.matcher(url);
		assertThat(matcher.matches()).as(url).isTrue();
		return matcher.group(1);
	}
}
