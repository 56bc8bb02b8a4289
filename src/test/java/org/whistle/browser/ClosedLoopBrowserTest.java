package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.Test;

/** One request from the call to the closing callback, each step by the person who takes it, in the browser. */
class ClosedLoopBrowserTest extends WorkOrderPageBrowserTest {

	@Test
	void a_heating_complaint_registered_on_the_console_is_signed_replied_called_back_and_closed() {
		String title = unique("暖气不热闭环");
		loginAs("operator");
		page.locator("header a[href='/console']").click();
		page.locator("#callerName").fill("赵闭环");
		page.locator("#callerPhone").fill("13800001111");
		page.locator("#address").fill("兰台社区5号楼");
		assertThat(page.locator("#console-map.map-ready")).isVisible();
		page.locator("#console-map").click();
		assertThat(page.locator("#located")).containsText("网格");
		assertThat(page.locator("#lat")).not().hasValue("");
		page.locator("#category").fill("010208 冬季采暖");
		page.locator("#title").fill(title);
		page.locator("#content").fill("家里暖气一直不热，室温只有十五度。");
		page.locator("#register").click();

		assertThat(page.locator("#result-status")).hasText("待签收");
		assertThat(page.locator("#result-lead")).hasText("城市热力集团");
		String orderNo = page.locator("#result-order").textContent().strip();

		switchTo("h-HEAT");
		page.locator("header a[href='/inbox']").click();
		row(orderNo).locator("form.step-sign button").click();
		assertThat(page.locator("#notice")).containsText(orderNo);
		page.locator("#tab-IN_PROGRESS").click();
		row(orderNo).locator("a.order-link").click();
		assertThat(page.locator("#caller-name")).hasText("赵闭环");
		step("contact").locator("input[name=note]").fill("已电话联系，约好上门");
		step("contact").locator("button").click();
		assertThat(page.locator("#notice")).containsText(orderNo);
		step("reply").locator("input[name=solved][value=true]").check();
		step("reply").locator("textarea[name=text]").fill("已上门排气，室温恢复到二十度。");
		step("reply").locator("button").click();
		assertThat(page.locator("#order-badges")).containsText("已回复");

		switchTo("callback");
		page.locator("header a[href='/callbacks']").click();
		Locator callback = row(orderNo);
		assertThat(callback.locator(".caller-name")).hasText("赵闭环");
		assertThat(callback.locator(".caller-phone")).hasText("13800001111");
		assertThat(callback.locator(".reply")).hasText("已上门排气，室温恢复到二十度。");
		String orderPage = callback.locator("a.order-link").getAttribute("href");
		callback.locator("input[name=reached][value=true]").check();
		callback.locator("input[name=solved][value=true]").check();
		callback.locator("input[name=satisfaction][value=SATISFIED]").check();
		callback.locator("form.step-callback button").click();
		assertThat(page.locator("#notice")).containsText(orderNo);
		assertThat(row(orderNo)).hasCount(0);

		open(orderPage);
		assertThat(page.locator("#order-no")).hasText(orderNo);
		assertThat(page.locator("#order-badges")).containsText("已结案");
		assertThat(page.locator("#satisfaction")).hasText("满意");
		assertThat(page.locator("#history tbody tr td:nth-child(3)")).containsText(new String[] { "受理", "派单",
				"签收", "联系来电人", "回复", "回访", "结案" });
		assertThat(page.locator("#history")).containsText("已电话联系，约好上门");
	}
}
