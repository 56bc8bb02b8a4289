package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.workorder.Actor;
import org.whistle.workorder.Channel;
import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.TimeLimits;
import org.whistle.workorder.WorkOrderPolicies;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

import com.microsoft.playwright.Locator;

/**
 * The scorecard as its readers use it: the ranking of a month, a unit's orders that cost points,
 * the order itself; a unit applying to exclude an order and the dispatcher approving it; the
 * CSV export saying exactly what the page says. The orders are received in 2031 (a month no
 * other test uses) and handled now, well within their time limits.
 */
class ScorecardBrowserTest extends BrowserTest {

	private static final TimeLimits LIMITS = new TimeLimits(Duration.ofHours(2), Duration.ofHours(24),
			Duration.ofDays(7), "browser");

	@Autowired
	WorkOrderService orders;

	@Autowired
	Units units;

	private Unit street(int index) {
		return units.all().stream().filter(u -> u.kind() == UnitKind.STREET).sorted(Comparator.comparing(Unit::code))
			.toList().get(index);
	}

	/** An order of the unit received on the day, signed, contacted, replied and called back with the verdict. */
	private WorkOrderView order(Unit unit, String day, boolean solved, Satisfaction verdict) {
		var place = new OrderRequest.Place("浏览器测试地址", null, null, null, null, unit.areaCode(),
				unit.areaCode().substring(0, 6));
		var request = new OrderRequest(Channel.PHONE, RequestType.COMPLAINT, "测试", "13800000000", null, place,
				"010208", "考核测试", "考核页面浏览器测试。", Urgency.NORMAL, Instant.parse(day + "T02:00:00Z"));
		long id = orders.register(request, LIMITS, Actor.SYSTEM,
				new WorkOrderService.AutoDispatch(unit.id(), Set.of(), "测试")).id();
		Staff handler = new Staff(8000 + unit.id(), "h", "承办人", unit.id(), Set.of(Role.HANDLER));
		Staff callback = new Staff(8999, "callback", "回访员", 1, Set.of(Role.CALLBACK));
		orders.act(id, handler, (o, actor, now) -> o.sign(actor, now));
		orders.act(id, handler, (o, actor, now) -> o.contactCaller("已联系", actor, now));
		orders.act(id, handler, (o, actor, now) -> o.reply(true, "已处理", actor, now));
		return orders.act(id, callback,
				(o, actor, now) -> o.callback(true, solved, verdict, WorkOrderPolicies.DEFAULT, actor, now));
	}

	@Test
	void an_analyst_goes_from_a_rank_to_the_orders_behind_it_and_on_to_the_order_and_the_export_matches_the_page() {
		Unit unit = street(0);
		order(unit, "2031-02-03", true, Satisfaction.SATISFIED);
		WorkOrderView unsolved = order(unit, "2031-02-04", false, Satisfaction.DISSATISFIED);
		order(street(1), "2031-02-05", true, Satisfaction.BASICALLY_SATISFIED);

		loginAs("analyst");
		page.locator("header a[href='/scorecards']").click();
		page.locator("#scorecard-filter input[name=period]").fill("2031-02");
		page.locator("#scorecard-filter select[name=level]").selectOption("street");
		page.locator("#scorecard-filter button[type=submit]").click();
		assertThat(page.locator("#ranking tbody tr")).hasCount(2);
		Locator row = page.locator("#ranking tbody tr[data-key='" + unit.id() + "']");
		// 2 callbacks, both contacted in time, 1 solved, 1 satisfied: 100, 50, 50 → 10 + 25 + 20 = 55.00
		assertThat(row.locator("td").nth(15)).hasText("55.00");
		assertThat(row.locator("td").nth(0)).hasText("2");
		assertThat(page.locator("#trend-chart")).isVisible();
		assertThat(page.locator("#distribution-chart rect")).hasCount(6);

		List<List<String>> table = new ArrayList<>();
		for (Locator tr : page.locator("#ranking tbody tr").all()) {
			table.add(tr.locator("td").allInnerTexts().stream().map(String::strip).toList());
		}
		String csv = page.request().get(page.locator("#export-csv").getAttribute("href")).text();
		List<List<String>> exported = new ArrayList<>();
		for (CSVRecord record : parse(csv)) {
			exported.add(record.toList());
		}
		assertThat(exported.get(0).get(0)).isEqualTo("rank");
		assertThat(exported.subList(1, exported.size())).isEqualTo(table);

		row.locator("a.unit-link").click();
		assertThat(page).hasURL(Pattern.compile(".*/scorecards/orders\\?.*key=" + unit.id() + ".*"));
		assertThat(page.locator("#against tbody tr")).hasCount(1);
		assertThat(page.locator("#against tbody tr")).containsText("未解决");
		page.locator("#against a.order-link").click();
		assertThat(page).hasURL(Pattern.compile(".*/orders/" + unsolved.id() + "$"));
		assertThat(page.locator("#order-no")).hasText(unsolved.orderNo());
	}

	@Test
	void a_unit_applies_to_exclude_an_order_and_the_dispatcher_approves_so_it_leaves_the_score() {
		Unit unit = street(2);
		order(unit, "2031-03-03", true, Satisfaction.SATISFIED);
		WorkOrderView unfair = order(unit, "2031-03-04", true, Satisfaction.DISSATISFIED);

		loginAs("h-" + unit.code());
		open("/scorecards?period=2031-03&level=street");
		Locator row = page.locator("#ranking tbody tr[data-key='" + unit.id() + "']");
		assertThat(row.locator("td").nth(15)).hasText("80.00");
		row.locator("a.unit-link").click();
		Locator form = page.locator("#against tr[data-order='" + unfair.id() + "'] form.exclusion-form");
		form.locator("select[name=reason]").selectOption("MALICIOUS");
		form.locator("input[name=note]").fill("来电人多次无理投诉");
		form.locator("button[type=submit]").click();
		assertThat(page.locator("p.notice")).hasText("剔除申请已提交，等待审核。");

		switchTo("dispatcher");
		open("/scorecards/exclusions");
		Locator pending = page.locator("#pending tr[data-order='" + unfair.id() + "']");
		assertThat(pending).containsText("恶意诉求");
		pending.locator("input[name=note]").fill("核实属实");
		pending.locator("button.approve").click();
		assertThat(page.locator("p.notice")).hasText("已同意剔除。");
		assertThat(page.locator("#pending tr[data-order='" + unfair.id() + "']")).hasCount(0);

		open("/scorecards?period=2031-03&level=street");
		Locator after = page.locator("#ranking tbody tr[data-key='" + unit.id() + "']");
		assertThat(after.locator("td").nth(15)).hasText("100.00");
		assertThat(after.locator("td").nth(10)).hasText("1");
		open("/orders/" + unfair.id());
		assertThat(page.locator("#history tr[data-action='exclusion-approved']")).hasCount(1);
	}

	@Test
	void the_district_level_colours_each_district_on_the_map_by_its_composite() {
		Unit unit = street(3);
		order(unit, "2031-04-03", true, Satisfaction.BASICALLY_SATISFIED);
		String district = unit.areaCode().substring(0, 6);

		loginAs("leader");
		open("/scorecards?period=2031-04&level=district");
		assertThat(page.locator("#ranking tbody tr")).hasCount(1);
		// 1 callback, contacted in time, solved, basically satisfied: 10 + 50 + 0.4 × 90 = 96.00
		assertThat(page.locator("#ranking tbody tr td").nth(15)).hasText("96.00");
		assertThat(page.locator("#score-map")).hasAttribute("data-loaded", "true");
		assertThat(page.locator("#score-map path[data-code='" + district + "']")).hasAttribute("data-score", "96.00");
		assertThat(page.locator("#score-map path[data-score='']").first()).isAttached();
	}

	private static Iterable<CSVRecord> parse(String csv) {
		try {
			return CSVFormat.DEFAULT.parse(new StringReader(csv)).getRecords();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
