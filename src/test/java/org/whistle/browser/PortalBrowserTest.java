package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.whistle.intake.photo.TestImages;

/**
 * The citizen portal on a phone-sized screen: a citizen reports with a photo, the dispatcher
 * (on a desktop, in a browser of their own) finds it in the queue and dispatches it, the unit
 * answers over the API, and the citizen follows it on the tracking page up to their rating, which
 * closes the order.
 */
class PortalBrowserTest extends WorkOrderPageBrowserTest {

	@BeforeEach
	void phoneSized() {
		page.setViewportSize(390, 844);
	}

	@Test
	void a_report_from_a_phone_reaches_the_dispatcher_and_the_tracking_page_follows_it_to_the_rating() {
		String title = unique("楼门口垃圾成堆");
		open("/");
		page.locator("#to-portal").click();
		page.locator("#to-report").click();
		page.locator("#categoryText").pressSequentially("环境卫生");
		Locator suggestion = page.locator("#suggestions button.suggestion", new Page.LocatorOptions().setHasText("市政管理 › 环境卫生"));
		assertThat(suggestion).hasCount(1);
		suggestion.click();
		assertThat(page.locator("#categoryCode")).hasValue("010214");
		assertThat(page.locator("#categoryText")).hasValue(Pattern.compile("环境卫生"));
		page.locator("#address").fill("某小区12号楼门口");
		page.locator("#title").fill(title);
		page.locator("#content").fill("楼门口垃圾三天没人清运。<script>alert('x')</script>");
		page.locator("#photos").setInputFiles(new FilePayload("trash.png", "image/png", TestImages.png()));
		page.locator("#callerName").fill("周门户");
		page.locator("#callerPhone").fill("13600002222");
		page.locator("#submit-report").click();

		assertThat(page.locator("#tracking-no")).hasText(Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"));
		String ratingLink = page.locator("#rating-link").getAttribute("href");
		page.locator("#track-link").click();
		assertThat(page.locator("#status")).hasText("已受理，待派单");
		assertThat(page.locator("#description")).containsText("<script>alert('x')</script>");
		assertThat(page.locator("#steps li")).hasCount(1);
		assertThat(page.locator("body")).not().containsText("13600002222");
		String tracking = page.url();

		long orderId = dispatchAsTheDispatcher(title);

		page.navigate(tracking);
		assertThat(page.locator("#status")).hasText("已派单，待签收");
		assertThat(page.locator("#lead-unit")).hasText("城市管理委员会");

		handler("sign", orderId, "{}");
		handler("contact", orderId, "{\"note\":\"已电话联系周先生\"}");
		handler("reply", orderId, "{\"solved\":true,\"text\":\"已协调环卫清运并增加清运频次。\"}");

		page.navigate(tracking);
		assertThat(page.locator("#status")).hasText("已答复，待评价");
		assertThat(page.locator("#reply")).hasText("已协调环卫清运并增加清运频次。");
		assertThat(page.locator("#rating-form")).hasCount(0);
		assertThat(page.locator("body")).not().containsText("已电话联系周先生");

		page.navigate(ratingLink);
		page.locator("#rating-form input[name=solved][value=true]").check();
		page.locator("#rating-form input[name=satisfaction][value=SATISFIED]").check();
		page.locator("#submit-rating").click();
		assertThat(page.locator("#rated")).isVisible();
		assertThat(page.locator("#status")).hasText("已办结");
		assertThat(page.locator("#satisfaction")).hasText("满意");
		assertThat(page.locator("#steps li .step-name")).containsText(new String[] { "受理", "派单", "承办单位签收",
				"承办单位联系您", "答复办理结果", "回访评价", "办结" });
		assertThat(page.locator("#rating-form")).hasCount(0);
	}

	/** The dispatcher, on a desktop browser, finds the report in the queue of new orders and gives it to the city management committee. */
	private long dispatchAsTheDispatcher(String title) {
		Browser browser = context.browser();
		try (BrowserContext desk = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
			.setLocale("zh-CN").setTimezoneId("Asia/Shanghai").setViewportSize(1280, 900))) {
			Page dispatcher = desk.newPage();
			dispatcher.navigate(baseUrl() + "/login");
			dispatcher.locator("input[name=username]").fill("dispatcher");
			dispatcher.locator("input[name=password]").fill(DEMO_PASSWORD);
			dispatcher.locator("button[type=submit]").click();
			dispatcher.locator("header a[href='/dispatch']").click();
			Locator row = dispatcher.locator("tr[data-order]", new Page.LocatorOptions().setHasText(title));
			assertThat(row).hasCount(1);
			String orderPath = row.locator("a.order-link").getAttribute("href");
			row.locator("select.lead-unit").selectOption(new SelectOption()
				.setLabel("城市管理委员会"));
			row.locator("form.step-dispatch button").click();
			assertThat(dispatcher.locator("#notice")).isVisible();

			dispatcher.navigate(baseUrl() + orderPath);
			assertThat(dispatcher.locator("#caller-name")).hasText("周门户");
			assertThat(dispatcher.locator("body")).containsText("<script>alert('x')</script>");
			return Long.parseLong(orderPath.substring(orderPath.lastIndexOf('/') + 1));
		}
	}

	private void handler(String action, long orderId, String body) {
		APIResponse response = context.request().post(baseUrl() + "/api/work-orders/" + orderId + "/" + action,
				RequestOptions.create().setHeader("X-Api-Key", "demo-h-CGW").setHeader("Content-Type", "application/json")
					.setData(body));
		if (response.status() != 200) {
			throw new AssertionError(action + " answered " + response.status() + ": " + response.text());
		}
	}

	@Test
	void the_category_box_suggests_categories_as_the_citizen_types() {
		open("/portal/report");
		page.locator("#categoryText").pressSequentially("采暖");
		assertThat(page.locator("#suggestions button.suggestion").first()).containsText("冬季采暖");
		page.locator("#suggestions button.suggestion").first().click();
		assertThat(page.locator("#categoryCode")).hasValue("010208");
		assertThat(page.locator("#suggestions button")).hasCount(0);
		page.locator("#categoryText").fill("");
		page.locator("#categoryText").pressSequentially("不存在的分类xyz");
		assertThat(page.locator("#categoryCode")).hasValue("");
		assertThat(page.locator("#suggestions button")).hasCount(0);
	}

	@Test
	void a_pin_on_the_map_places_the_report_and_the_stats_page_counts_it_by_category_and_district() {
		open("/portal/stats");
		long before = Long.parseLong(page.locator("#total").textContent().strip());

		open("/portal/report");
		assertThat(page.locator("#portal-map.map-ready")).isVisible();
		page.locator("#portal-map").click();
		assertThat(page.locator("#lat")).not().hasValue("");
		assertThat(page.locator("#pin")).not().hasText("");
		page.locator("#title").fill(unique("路面塌陷"));
		page.locator("#content").fill("路面有一个大坑。");
		page.locator("#callerPhone").fill("13600003333");
		page.locator("#submit-report").click();
		assertThat(page.locator("#tracking-no")).isVisible();
		page.locator("#track-link").click();
		assertThat(page.locator("#district")).not().hasText("");
		String district = page.locator("#district").textContent().strip();

		open("/portal/stats");
		assertThat(page.locator("#total")).hasText(Long.toString(before + 1));
		assertThat(page.locator("#by-district td.name", new Page.LocatorOptions().setHasText(district)).first())
			.isVisible();
		assertThat(page.locator("#by-category td.name", new Page.LocatorOptions().setHasText("未分类"))).hasCount(1);
		assertThat(page.locator("#chart-category.chart-ready canvas")).hasCount(1);
		assertThat(page.locator("#chart-district.chart-ready canvas")).hasCount(1);
	}
}
