package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Units;
import org.whistle.routing.DemoCompounds;
import org.whistle.routing.DemoCompounds.Compound;

/**
 * Routing on the pages: the console's suggestions while the operator types (place with its
 * question when unsure, unit with its reason, similar open orders), the order page's "N similar
 * open orders" with 并单, and the dispatch queue's 一键采纳.
 */
class RoutingBrowserTest extends WorkOrderPageBrowserTest {

	/** Further in than the integration test's compounds. */
	static DemoCompounds compounds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	City city;

	@Autowired
	Units units;

	Compound compound() {
		if (compounds == null) {
			compounds = new DemoCompounds(jdbc, 500, 11);
		}
		return compounds.next();
	}

	/** A property-service complaint (the community's committee leads) at the compound; {@code %s} for the title. */
	static String propertyComplaint(Compound c, boolean withPoint, String content) {
		String point = withPoint ? "\"lat\":%s,\"lon\":%s,".formatted(c.lat(), c.lon()) : "";
		return """
				{"channel":"PHONE","type":"COMPLAINT","callerName":"周邻居","callerPhone":"13600003333",
				 "address":"%s 6号楼",%s"categoryCode":"011003","title":"%%s","content":"%s"}
				""".formatted(c.name(), point, content);
	}

	void awaitFiled(long orderId) {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
			.sql("SELECT COUNT(*) FROM routing_open_order WHERE order_id = :id").param("id", orderId)
			.query(Integer.class).single() == 1);
	}

	@Test
	void the_console_suggests_the_place_and_the_unit_with_its_reason_and_asks_when_only_the_district_is_known() {
		Compound c = compound();
		String district = city.areas(AreaLevel.DISTRICT).get(0).name();
		loginAs("operator");
		open("/console");

		page.locator("#address").pressSequentially(district, new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(page.locator("#routing-question")).containsText(district);
		assertThat(page.locator("#routing-place")).hasAttribute("data-sure", "false");

		page.locator("#address").fill(c.name() + "3号楼");
		page.locator("#category").fill("010208 冬季采暖");
		page.locator("#title").fill(unique("暖气不热"));
		page.locator("#content").pressSequentially("家里暖气不热", new Locator.PressSequentiallyOptions().setDelay(20));

		assertThat(page.locator("#routing-place .place-name")).hasText(c.name());
		assertThat(page.locator("#routing-place")).hasAttribute("data-sure", "true");
		assertThat(page.locator("#routing-question")).hasCount(0);
		assertThat(page.locator("#routing-lead")).hasText("城市热力集团");
		assertThat(page.locator("#routing-reason")).containsText("冬季采暖");
		assertThat(page.locator("#routing-reason")).containsText(c.name());

		page.locator("#routing-place .use-place").click();
		assertThat(page.locator("#lat")).not().hasValue("");
		assertThat(page.locator("#routing-place .badge")).hasText("地图上的点");
		assertThat(page.locator("#routing-areas .grid")).isVisible();
	}

	@Test
	void a_like_request_is_shown_its_open_repeat_and_merged_into_it_once_registered() {
		Compound c = compound();
		String title = unique("物业不修楼道灯");
		Registered first = register(propertyComplaint(c, true, "6号楼楼道灯坏了半个月，物业一直不修。"), title);
		awaitFiled(first.id());

		loginAs("operator");
		open("/console");
		page.locator("#address").fill(c.name() + " 6号楼");
		page.locator("#category").fill("011003 物业服务");
		page.locator("#title").fill(title);
		page.locator("#content").pressSequentially("6号楼楼道的灯坏了，物业不修", new Locator.PressSequentiallyOptions().setDelay(20));
		assertThat(page.locator("#routing-repeat-count")).hasText("1 件相似的未办结工单");
		assertThat(page.locator("#routing-repeats a")).hasText(first.orderNo());

		page.locator("#register").click();
		assertThat(page.locator("#result #similar-count")).hasText("1 件相似的未办结工单");
		String repeatNo = page.locator("#result-order").textContent();
		page.locator("#result #similar-orders li[data-order='" + first.id() + "'] button").click();

		assertThat(page.locator("#order-no")).hasText(repeatNo);
		assertThat(page.locator("#notice")).containsText(first.orderNo());
		assertThat(page.locator("#history tr[data-action=merge]")).containsText(first.orderNo());
		open(first.path());
		assertThat(page.locator("#similar-count")).hasText("0 件相似的未办结工单");
	}

	@Test
	void the_order_page_shows_how_many_similar_open_orders_there_are_with_links() {
		Compound c = compound();
		String title = unique("物业不清垃圾");
		Registered first = register(propertyComplaint(c, true, "6号楼门口垃圾堆了三天，物业不清运。"), title);
		Registered second = register(propertyComplaint(c, true, "6号楼门口的垃圾堆了好几天，物业也不清运。"), title);
		awaitFiled(first.id());

		loginAs("dispatcher");
		open(second.path());
		assertThat(page.locator("#similar-count")).hasText("1 件相似的未办结工单");
		page.locator("#similar-orders a").click();
		assertThat(page.locator("#order-no")).hasText(first.orderNo());
	}

	@Test
	void a_dispatcher_accepts_the_suggested_unit_with_one_click_and_reads_the_acceptance_rate() {
		Compound c = compound();
		String committee = units.governing(c.communityCode()).orElseThrow().name();
		String title = unique("物业不扫雪");
		Registered order = register(propertyComplaint(c, false, "门口的雪物业一直不扫。"), title);

		loginAs("dispatcher");
		open("/dispatch");
		Locator row = row(order.orderNo());
		assertThat(row.locator(".routing-lead")).hasText(committee);
		assertThat(row.locator(".routing-reason")).containsText(c.name());
		row.locator(".accept-suggestion").click();

		assertThat(page.locator("#notice")).containsText(order.orderNo());
		open(order.path());
		assertThat(page.locator("#order-badges")).containsText("待签收");
		assertThat(page.locator("#history tr[data-action=dispatch]")).containsText(c.name());

		page.locator("header a[href='/routing/acceptance']").click();
		assertThat(page.locator("h1")).hasText("分派建议采纳率");
		assertThat(page.locator("#acceptance .rate")).containsText("%");
		page.locator("#acceptance-period input[name=from]").fill("2026-12-31");
		page.locator("#acceptance-period input[name=to]").fill("2026-01-01");
		page.locator("#acceptance-period button[type=submit]").click();
		assertThat(page.locator("main .error")).containsText("日期有误");
	}

	@Test
	void the_order_page_of_a_request_without_a_place_shows_no_similar_orders() {
		Registered order = register(ADDRESS_ONLY, unique("没有点位的诉求"));
		loginAs("operator");
		Page shown = open(order.path());
		assertThat(shown.locator("#similar-count")).hasText("0 件相似的未办结工单");
	}
}
