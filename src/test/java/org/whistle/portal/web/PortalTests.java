package org.whistle.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.whistle.catalog.Catalog;
import org.whistle.city.Units;
import org.whistle.intake.Photos;
import org.whistle.intake.photo.TestImages;
import org.whistle.people.Staff;
import org.whistle.people.StaffAccounts;
import org.whistle.portal.CitizenReports;
import org.whistle.portal.CitizenReports.Receipt;
import org.whistle.portal.PortalStats;
import org.whistle.workorder.Channel;
import org.whistle.workorder.HistoryEntry;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/** The citizen portal against the whole application: report, follow, rate, and the public figures. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PortalTests {

	static final String NAME = "钱门户";
	static final String PHONE = "13766665555";

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenReports reports;

	@Autowired
	WorkOrderService orders;

	@Autowired
	Photos photos;

	@Autowired
	StaffAccounts staff;

	@Autowired
	Units units;

	@Autowired
	Catalog catalog;

	@Autowired
	PortalStats stats;

	@Autowired
	JdbcClient jdbc;

	static String unique(String text) {
		return text + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A heating report with a pin inside the city: the catalog dispatches it to the heating company. */
	static MockMultipartHttpServletRequestBuilder heatingReport(String title, String content) {
		return heatingReport(title, content, "39.95", "116.40");
	}

	static MockMultipartHttpServletRequestBuilder heatingReport(String title, String content, String lat, String lon) {
		MockMultipartHttpServletRequestBuilder report = multipart("/portal/report");
		report.param("type", "COMPLAINT").param("categoryCode", "010208").param("categoryText", "冬季采暖")
			.param("address", "兰台社区9号楼").param("lat", lat).param("lon", lon).param("title", title)
			.param("content", content).param("callerName", NAME).param("callerPhone", PHONE)
			.param("callerEmail", "qian@example.org");
		return report;
	}

	Receipt submit(MockMultipartHttpServletRequestBuilder report) throws Exception {
		var result = mvc.perform(report.with(csrf())).andExpect(status().isFound())
			.andExpect(redirectedUrl("/portal/receipt")).andReturn();
		return (Receipt) result.getFlashMap().get("receipt");
	}

	Staff user(String username) {
		return staff.byUsername(username).orElseThrow();
	}

	long ordersTitled(String title) {
		return jdbc.sql("SELECT COUNT(*) FROM work_order WHERE title = :t").param("t", title).query(Long.class).single();
	}

	WorkOrderView replied(WorkOrderView order) {
		Staff heating = user("h-HEAT");
		orders.act(order.id(), heating, (o, actor, now) -> o.sign(actor, now));
		orders.act(order.id(), heating, (o, actor, now) -> o.contactCaller("已联系", actor, now));
		return orders.act(order.id(), heating, (o, actor, now) -> o.reply(true, "已上门修好暖气。", actor, now));
	}

	@Test
	void a_report_becomes_a_web_order_registered_by_the_caller_with_its_photo_and_a_tracking_number() throws Exception {
		String title = unique("暖气不热门户");
		Receipt receipt = submit(heatingReport(title, "家里暖气不热。")
			.file(new MockMultipartFile("photos", "radiator.png", "image/png", TestImages.png())));

		assertThat(receipt.trackingNo()).matches("[0-9A-HJKMNP-TV-Z]{12}");
		WorkOrderView order = reports.track(receipt.shownTrackingNo()).orElseThrow();
		assertThat(receipt.trackingNo()).doesNotContain(order.orderNo());
		assertThat(order.request().title()).isEqualTo(title);
		assertThat(order.request().channel()).isEqualTo(Channel.WEB);
		assertThat(order.request().callerPhone()).isEqualTo(PHONE);
		assertThat(order.status()).isEqualTo(OrderStatus.DISPATCHED);
		assertThat(order.leadUnitId()).isEqualTo(units.byCode("HEAT").orElseThrow().id());
		HistoryEntry registered = orders.historyOf(order.id()).get(0);
		assertThat(registered.action()).isEqualTo("register");
		assertThat(registered.actorName()).isEqualTo("caller");
		assertThat(registered.actorId()).isNull();
		assertThat(photos.of(order.id(), user("dispatcher"))).singleElement()
			.satisfies(photo -> assertThat(photo.mediaType()).isEqualTo("image/png"));

		mvc.perform(get("/portal/receipt").flashAttr("receipt", receipt)).andExpect(status().isOk())
			.andExpect(content().string(containsString(receipt.shownTrackingNo())))
			.andExpect(content().string(containsString("/portal/track/" + receipt.trackingNo() + "?k="
					+ receipt.ratingKey())));
		mvc.perform(get("/portal/track").param("no", receipt.shownTrackingNo().toLowerCase()))
			.andExpect(redirectedUrl("/portal/track/" + receipt.trackingNo()));
		mvc.perform(get("/portal/track/" + receipt.trackingNo())).andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("城市热力集团")))
			.andExpect(content().string(not(containsString(NAME))))
			.andExpect(content().string(not(containsString(PHONE))))
			.andExpect(content().string(not(containsString("qian@example.org"))))
			.andExpect(content().string(not(containsString("rating-form"))));
	}

	@Test
	void a_script_in_the_description_is_stored_as_given_and_inert_on_the_tracking_page_and_the_dispatchers_page()
			throws Exception {
		String script = "<script>alert('门户')</script><img src=x onerror=alert(1)>";
		Receipt receipt = submit(heatingReport(unique("脚本测试"), script));
		WorkOrderView order = reports.track(receipt.trackingNo()).orElseThrow();
		assertThat(order.request().content()).isEqualTo(script);

		for (var page : new String[] { "/portal/track/" + receipt.trackingNo(), "/orders/" + order.id() }) {
			mvc.perform(get(page).header("X-Api-Key", "demo-dispatcher")).andExpect(status().isOk())
				.andExpect(content().string(containsString("&lt;script&gt;alert(&#39;门户&#39;)&lt;/script&gt;")))
				.andExpect(content().string(not(containsString("<script>alert"))))
				.andExpect(content().string(not(containsString("<img src=x"))));
		}
	}

	@Test
	void a_photo_that_is_not_an_image_refuses_the_whole_report_and_nothing_is_stored() throws Exception {
		String title = unique("假照片");
		mvc.perform(heatingReport(title, "附件其实是网页。")
			.file(new MockMultipartFile("photos", "photo.jpg", "image/jpeg", TestImages.HTML)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-field=\"photos\"")))
			.andExpect(content().string(containsString("text/html")));
		assertThat(ordersTitled(title)).isZero();
	}

	@Test
	void every_wrong_field_is_named_at_once_and_nothing_is_stored() throws Exception {
		mvc.perform(multipart("/portal/report").param("type", "COMPLAINT").param("title", "")
			.param("content", "").param("callerPhone", "").param("callerEmail", "not-mail")
			.param("categoryCode", "99").with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("data-field=\"callerPhone\"")))
			.andExpect(content().string(containsString("data-field=\"title\"")))
			.andExpect(content().string(containsString("data-field=\"content\"")))
			.andExpect(content().string(containsString("data-field=\"address\"")))
			.andExpect(content().string(containsString("data-field=\"callerEmail\"")))
			.andExpect(content().string(containsString("data-field=\"categoryCode\"")));

		String outside = unique("城外");
		mvc.perform(heatingReport(outside, "点在城外。", "31.2", "121.5").with(csrf()))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("data-field=\"lat\"")));
		assertThat(ordersTitled(outside)).isZero();
	}

	@Test
	void a_report_without_the_csrf_token_is_refused() throws Exception {
		String title = unique("无令牌");
		mvc.perform(heatingReport(title, "跨站提交。")).andExpect(status().isForbidden())
			.andExpect(request().attribute("formExpired", true));
		assertThat(ordersTitled(title)).isZero();
	}

	@Test
	void an_unknown_or_malformed_tracking_number_is_not_found() throws Exception {
		mvc.perform(get("/portal/track/0000-0000-0000")).andExpect(status().isNotFound());
		mvc.perform(get("/portal/track/<script>")).andExpect(status().isNotFound());
		mvc.perform(get("/portal/track").param("no", "ZZZZ")).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"not-found\"")));
	}

	@Test
	void after_the_reply_the_callers_own_link_rates_it_and_that_is_the_callback_that_closes_the_order()
			throws Exception {
		Receipt receipt = submit(heatingReport(unique("评价闭环"), "暖气漏水。"));
		WorkOrderView order = reports.track(receipt.trackingNo()).orElseThrow();
		String page = "/portal/track/" + receipt.trackingNo();
		String rating = page + "/rating";

		mvc.perform(post(rating).param("k", receipt.ratingKey()).param("solved", "true")
			.param("satisfaction", "SATISFIED").with(csrf())).andExpect(status().isConflict());
		replied(order);
		mvc.perform(get(page).param("k", receipt.ratingKey())).andExpect(status().isOk())
			.andExpect(header().string("Referrer-Policy", "no-referrer"))
			.andExpect(content().string(containsString("rating-form")))
			.andExpect(content().string(containsString("已上门修好暖气。")));
		mvc.perform(get(page).param("k", "someone-elses-key"))
			.andExpect(content().string(not(containsString("rating-form"))));
		mvc.perform(post(rating).param("k", "someone-elses-key").param("solved", "false")
			.param("satisfaction", "DISSATISFIED").with(csrf())).andExpect(status().isForbidden());
		assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.REPLIED);

		mvc.perform(post(rating).param("k", receipt.ratingKey()).param("solved", "true")
			.param("satisfaction", "BASICALLY_SATISFIED").with(csrf()))
			.andExpect(redirectedUrl(page));
		WorkOrderView rated = orders.find(order.id()).orElseThrow();
		assertThat(rated.status()).isEqualTo(OrderStatus.CLOSED);
		assertThat(rated.satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
		assertThat(orders.historyOf(order.id())).filteredOn(e -> e.action().equals("callback")).singleElement()
			.satisfies(callback -> assertThat(callback.actorName()).isEqualTo("caller"));
		mvc.perform(get(page)).andExpect(content().string(containsString("基本满意")))
			.andExpect(content().string(containsString("data-action=\"callback\"")))
			.andExpect(content().string(containsString("data-action=\"close\"")));

		mvc.perform(post(rating).param("k", receipt.ratingKey()).param("solved", "false")
			.param("satisfaction", "DISSATISFIED").with(csrf())).andExpect(status().isConflict());
		assertThat(orders.find(order.id()).orElseThrow().satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
	}

	@Test
	void a_rating_of_not_solved_reopens_the_order_with_its_unit() throws Exception {
		Receipt receipt = submit(heatingReport(unique("未解决"), "暖气还是不热。"));
		WorkOrderView order = replied(reports.track(receipt.trackingNo()).orElseThrow());
		reports.rate(receipt.trackingNo(), receipt.ratingKey(), false, Satisfaction.DISSATISFIED);
		WorkOrderView reopened = orders.find(order.id()).orElseThrow();
		assertThat(reopened.status()).isEqualTo(OrderStatus.DISPATCHED);
		assertThat(reopened.reopenCount()).isEqualTo(1);
		assertThat(reopened.leadUnitId()).isEqualTo(order.leadUnitId());
	}

	@Test
	void the_public_figures_count_this_months_reports_by_top_level_category_and_district() throws Exception {
		PortalStats.Month before = stats.thisMonth();
		submit(heatingReport(unique("统计"), "统计用。"));
		PortalStats.Month after = stats.thisMonth();
		String heating = catalog.path("010208").get(0).name();
		assertThat(after.total()).isEqualTo(before.total() + 1);
		assertThat(count(after.byCategory(), heating)).isEqualTo(count(before.byCategory(), heating) + 1);
		mvc.perform(get("/portal/stats")).andExpect(status().isOk())
			.andExpect(content().string(containsString(heating)))
			.andExpect(content().string(containsString("id=\"by-district\"")));
	}

	private static long count(java.util.List<PortalStats.Count> counts, String name) {
		return counts.stream().filter(c -> name.equals(c.name())).mapToLong(PortalStats.Count::count).sum();
	}

	@Test
	void the_category_box_suggests_matching_categories_with_their_paths() throws Exception {
		mvc.perform(get("/portal/categories").param("categoryText", "采暖").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-code=\"010208\"")))
			.andExpect(content().string(containsString("›")));
		mvc.perform(get("/portal/categories").param("categoryText", ""))
			.andExpect(content().string(not(containsString("data-code"))));
	}

	@Test
	void the_portal_pages_need_no_log_in() throws Exception {
		for (String page : Set.of("/portal", "/portal/report", "/portal/stats", "/portal/districts.geojson")) {
			mvc.perform(get(page)).andExpect(status().isOk());
		}
	}
}
