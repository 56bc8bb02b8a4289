package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/**
 * The units' admin pages as an admin clicks through them: the list filtered by kind, the form
 * for a new unit with its errors, and renaming a unit. Codes and names carry a random suffix,
 * as every test class shares the one database.
 */
class UnitAdminBrowserTest extends BrowserTest {

	@Test
	void an_admin_filters_the_units_by_kind_and_sees_only_units_of_that_kind() {
		loginAs("admin");
		page.locator("header a[href='/admin/units']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/units$"));
		Locator kindColumn = page.locator("#units tbody tr td:nth-child(3)");
		// unfiltered, the list has departments and companies alike
		assertThat(unitLink("CGW")).isVisible();
		assertThat(unitLink("HEAT")).isVisible();

		page.locator("#unit-filter select[name=kind]").selectOption("DEPARTMENT");
		page.locator("#unit-filter button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/units\\?kind=DEPARTMENT$"));
		assertThat(page.locator("#unit-filter select[name=kind]")).hasValue("DEPARTMENT");
		assertThat(unitLink("CGW")).isVisible();
		assertThat(unitLink("HEAT")).hasCount(0);
		assertThat(kindColumn.allTextContents()).isNotEmpty().allSatisfy(kind -> assertThat(kind).isEqualTo("委办局"));

		page.locator("#unit-filter select[name=kind]").selectOption("COMPANY");
		page.locator("#unit-filter button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/units\\?kind=COMPANY$"));
		assertThat(unitLink("HEAT")).isVisible();
		assertThat(unitLink("CGW")).hasCount(0);
		assertThat(kindColumn.allTextContents()).isNotEmpty()
			.allSatisfy(kind -> assertThat(kind).isEqualTo("企事业单位"));
	}

	@Test
	void an_invalid_new_unit_shows_the_error_next_to_its_field_and_saves_nothing() {
		String suffix = suffix();
		String badCode = "t-" + suffix.toLowerCase(Locale.ROOT) + " x";
		String name = "测试无效单位" + suffix;
		loginAs("admin");
		page.locator("header a[href='/admin/units']").click();
		page.locator("#unit-filter a[href='/admin/units/new']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/units/new$"));
		assertThat(page.locator("main h1")).hasText("新建单位");

		// the browser accepts the form (nothing required is empty); the server refuses the code
		page.locator("#code").fill(badCode);
		page.locator("#kind").selectOption("DEPARTMENT");
		page.locator("#name").fill(name);
		page.locator("#unit-form button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/units$"));
		assertThat(page.locator("main h1")).hasText("新建单位");
		assertThat(page.locator("#unit-form p.error")).hasCount(1);
		assertThat(page.locator("#code + p.error")).hasText("编码须为 2–32 位大写字母、数字、“-”或“_”。");
		// what was typed is still there, to correct
		assertThat(page.locator("#code")).hasValue(badCode);
		assertThat(page.locator("#kind")).hasValue("DEPARTMENT");
		assertThat(page.locator("#name")).hasValue(name);

		page.locator("#unit-form a[href='/admin/units']").click();
		assertThat(page).hasURL(Pattern.compile(".*/admin/units$"));
		assertThat(unitLink("CGW")).isVisible();
		assertThat(page.locator("#units tbody td:nth-child(2)").getByText(name)).hasCount(0);
		assertThat(page.locator("#units tbody").getByText(badCode)).hasCount(0);
	}

	@Test
	void an_admin_creates_a_department_finds_it_in_the_list_and_renames_it() {
		String suffix = suffix();
		String code = "T-" + suffix;
		String name = "测试委员会" + suffix;
		String newName = "改名后的委员会" + suffix;
		loginAs("admin");
		page.locator("header a[href='/admin/units']").click();
		page.locator("#unit-filter a[href='/admin/units/new']").click();

		page.locator("#code").fill(code);
		page.locator("#kind").selectOption("DEPARTMENT");
		page.locator("#name").fill(name);
		page.locator("#unit-form button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/units/\\d+\\?saved$"));
		assertThat(page.locator("p.notice")).hasText("已保存");
		assertThat(page.locator("main h1")).hasText("编辑单位 · " + code);
		assertThat(page.locator("#fixed-code")).hasText(code);
		assertThat(page.locator("#name")).hasValue(name);

		page.locator("header a[href='/admin/units']").click();
		page.locator("#unit-filter select[name=kind]").selectOption("DEPARTMENT");
		page.locator("#unit-filter button[type=submit]").click();
		Locator row = unitRow(code);
		assertThat(row).hasCount(1);
		assertThat(row.locator("td:nth-child(2)")).hasText(name);
		assertThat(row.locator("td:nth-child(3)")).hasText("委办局");
		assertThat(row.locator("td:nth-child(6)")).hasText("启用");

		unitLink(code).click();
		assertThat(page.locator("main h1")).hasText("编辑单位 · " + code);
		page.locator("#name").fill(newName);
		page.locator("#unit-form button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*/admin/units/\\d+\\?saved$"));
		assertThat(page.locator("p.notice")).hasText("已保存");
		assertThat(page.locator("#name")).hasValue(newName);
		assertThat(page.locator("#fixed-code")).hasText(code);

		page.locator("header a[href='/admin/units']").click();
		assertThat(unitRow(code).locator("td:nth-child(2)")).hasText(newName);
		List<String> names = page.locator("#units tbody td:nth-child(2)").allTextContents();
		assertThat(names).contains(newName).doesNotContain(name);
	}

	/** The link of the unit with exactly this code in the list. */
	private Locator unitLink(String code) {
		return page.locator("#units tbody td:first-child a")
			.getByText(code, new Locator.GetByTextOptions().setExact(true));
	}

	private Locator unitRow(String code) {
		Locator link = page.locator("td:first-child a").getByText(code, new Locator.GetByTextOptions().setExact(true));
		return page.locator("#units tbody tr").filter(new Locator.FilterOptions().setHas(link));
	}

	/** Six capital letters and digits, to tell this test's units from everyone else's. */
	static String suffix() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
	}
}
