package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.city.Unit;
import org.whistle.city.Units;
import org.whistle.workorder.Actor;
import org.whistle.workorder.Channel;
import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.TimeLimits;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/** The order page: refusals, who sees what, supervision and the live board. */
class OrderPageBrowserTest extends WorkOrderPageBrowserTest {

	@Autowired
	WorkOrderService orders;

	@Autowired
	Units units;

	@Test
	void a_handler_sees_that_the_time_to_sign_for_an_order_is_running_out() {
		long heating = units.all().stream().filter(unit -> unit.name().equals("城市热力集团")).mapToLong(Unit::id)
			.findFirst().orElseThrow();
		Instant dispatched = Instant.now().minus(Duration.ofMinutes(100));
		var request = new OrderRequest(Channel.PHONE, RequestType.COMPLAINT, "孙临期", "13700001234", null,
				new OrderRequest.Place(null, null, null, null, null, null, null), null, unique("快到签收时限"),
				"暖气片漏水。", Urgency.NORMAL, dispatched);
		WorkOrderView order = orders.register(request,
				new TimeLimits(Duration.ofHours(2), Duration.ofHours(24), Duration.ofDays(7), null), Actor.SYSTEM,
				new WorkOrderService.AutoDispatch(heating, Set.of(), "测试"));

		loginAs("h-HEAT");
		open("/orders/" + order.id());
		assertThat(page.locator("#order-badges .near")).hasText("临期");
		assertThat(page.locator("#deadlines li[data-deadline=SIGN]")).hasClass(Pattern.compile("near"));
		assertThat(page.locator("#deadlines li[data-deadline=SIGN] .due")).containsText("临期，还剩");
		assertThat(page.locator("#deadlines li[data-deadline=RESOLVE]")).not().hasClass(Pattern.compile("near"));
	}

	@Test
	void signing_an_order_a_second_time_from_a_stale_tab_is_refused_and_changes_nothing() {
		Registered order = register(HEATING, unique("两个标签页签收"));
		loginAs("h-HEAT");
		open(order.path());
		Page stale = context.newPage();
		stale.navigate(baseUrl() + order.path());

		page.locator("#steps form.step-sign button").click();
		assertThat(page.locator("#notice")).containsText(order.orderNo());

		Response refused = stale.waitForResponse(response -> response.url().endsWith("/sign"),
				() -> stale.locator("#steps form.step-sign button").click());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(stale.locator("#refusal")).containsText("工单当前的状态不允许这一操作");
		assertThat(stale.locator("#history tr[data-action=sign]")).hasCount(1);
		assertThat(stale.locator("#order-badges")).containsText("办理中");
	}

	@Test
	void another_units_handler_gets_404_and_an_analyst_sees_the_caller_masked() {
		Registered order = register(HEATING, unique("别的单位看不到"));
		loginAs("h-WATER");
		Response response = page.navigate(baseUrl() + order.path());
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("#order-no")).hasCount(0);

		switchTo("analyst");
		open(order.path());
		assertThat(page.locator("#caller-name")).hasText("钱**");
		assertThat(page.locator("#caller-phone")).hasText("139****2222");
		assertThat(page.locator("#steps")).hasCount(0);
	}

	@Test
	void a_dispatcher_supervises_an_order_and_the_live_board_lists_it() {
		String title = unique("督办上看板");
		Registered order = register(HEATING, title);
		loginAs("dispatcher");
		open(order.path());
		step("supervise").locator("input[name=note]").fill("请今天内上门");
		step("supervise").locator("button").click();
		assertThat(page.locator("#order-badges")).containsText("督办");

		switchTo("leader");
		page.locator("header a[href='/board']").click();
		assertThat(row(order.orderNo())).containsText(title);
		assertThat(page.locator("#counts [data-status=DISPATCHED] .figure")).not().hasText("0");
		assertThat(page.locator("#live")).hasAttribute("hx-trigger", "every 30s");
	}

	@Test
	void a_dispatcher_merges_a_repeat_by_its_order_number_after_a_wrong_number_is_refused() {
		Registered first = register(ADDRESS_ONLY, unique("路灯坏了第一次"));
		Registered repeat = register(ADDRESS_ONLY, unique("路灯坏了又打来"));
		loginAs("dispatcher");
		open("/dispatch");
		var merge = row(repeat.orderNo()).locator("details.merge");
		merge.locator("summary").click();
		merge.locator("input[name=orderNo]").fill("19990101" + "9999999");
		merge.locator("button").click();
		assertThat(page.locator("#refusal")).containsText("找不到工单");
		assertThat(page.locator("#order-badges")).containsText("待派单");

		page.locator("#back").click();
		merge = row(repeat.orderNo()).locator("details.merge");
		merge.locator("summary").click();
		merge.locator("input[name=orderNo]").fill(first.orderNo());
		merge.locator("button").click();
		assertThat(page.locator("#notice")).containsText(repeat.orderNo());
		assertThat(row(repeat.orderNo())).hasCount(0);
		open(repeat.path());
		assertThat(page.locator("#order-badges")).containsText("已并单");
		assertThat(page.locator("#history")).containsText(first.orderNo());
	}

	@Test
	void a_co_unit_answers_its_part_and_the_order_page_shows_it() {
		Registered order = register(HEATING, unique("协办意见"));
		String part = unique("城管委已清理管井周边");
		loginAs("h-CGW");
		open(order.path());
		assertThat(page.locator("#steps [data-step]")).hasCount(1);
		step("co-answer").locator("textarea[name=text]").fill(part);
		step("co-answer").locator("button").click();
		assertThat(page.locator("#notice")).containsText(order.orderNo());
		assertThat(page.locator("#handling .part")).hasText(part);
	}
}
