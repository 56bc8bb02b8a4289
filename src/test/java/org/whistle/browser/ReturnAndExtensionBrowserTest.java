package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

/** The side paths in the browser: a unit returns an order (退单), a unit asks for more time (延期). */
class ReturnAndExtensionBrowserTest extends WorkOrderPageBrowserTest {

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	@Test
	void a_return_the_dispatcher_approves_puts_the_order_back_into_the_new_queue() {
		String title = unique("不归热力管的退单");
		Registered order = register(HEATING, title);
		String reason = unique("这是小区自管锅炉，不归热力集团");

		loginAs("h-HEAT");
		open(order.path());
		step("sign").locator("button").click();
		assertThat(page.locator("#notice")).containsText(order.orderNo());
		step("return").locator("textarea[name=reason]").fill(reason);
		step("return").locator("button").click();
		assertThat(page.locator("#notice")).containsText(order.orderNo());
		assertThat(page.locator("#order-badges")).containsText("申请退单");

		switchTo("dispatcher");
		page.locator("header a[href='/dispatch']").click();
		page.locator("#tab-RETURNS").click();
		Locator request = row(order.orderNo());
		assertThat(request.locator(".reason")).hasText(reason);
		request.locator("input[name=note]").fill("同意退回，改派属地");
		request.locator("button.approve").click();
		assertThat(page.locator("#notice")).containsText(order.orderNo());
		assertThat(row(order.orderNo())).hasCount(0);

		page.locator("#tab-NEW").click();
		assertThat(row(order.orderNo())).containsText(title);
		assertThat(row(order.orderNo())).containsText("退回 1 次");
		assertThat(row(order.orderNo()).locator("select.lead-unit option[selected]")).hasText("城市热力集团");
	}

	@Test
	void an_extension_of_three_days_the_dispatcher_approves_moves_the_deadline_on_the_order_page() {
		String title = unique("路灯不亮要延期");
		Registered order = register(ADDRESS_ONLY, title);

		loginAs("dispatcher");
		page.locator("header a[href='/dispatch']").click();
		Locator waiting = row(order.orderNo());
		assertThat(waiting).containsText(title);
		waiting.locator("select.lead-unit").selectOption(new SelectOption().setLabel("城市热力集团"));
		waiting.locator("input[name=note]").fill("请热力集团主办");
		waiting.locator("form.step-dispatch button").click();
		assertThat(page.locator("#notice")).containsText(order.orderNo());

		switchTo("h-HEAT");
		open(order.path());
		Locator resolveBy = page.locator("#deadlines li[data-deadline=RESOLVE] .at");
		LocalDateTime before = LocalDateTime.parse(resolveBy.textContent().strip(), MINUTES);
		step("sign").locator("button").click();
		step("extension").locator("input[name=days]").fill("3");
		step("extension").locator("textarea[name=reason]").fill(unique("需要更换灯杆，配件要等"));
		step("extension").locator("button").click();
		assertThat(page.locator("#order-badges")).containsText("申请延期 3 天");

		switchTo("dispatcher");
		open("/dispatch?tab=EXTENSIONS");
		Locator request = row(order.orderNo());
		assertThat(request.locator(".days")).hasText("3 天");
		request.locator("button.approve").click();
		assertThat(page.locator("#notice")).containsText(order.orderNo());

		open(order.path());
		LocalDateTime after = LocalDateTime.parse(resolveBy.textContent().strip(), MINUTES);
		assertThat(after).isEqualTo(before.plusDays(3));
		assertThat(page.locator("#history")).containsText("延期通过");
	}
}
