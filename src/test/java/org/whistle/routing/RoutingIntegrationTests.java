package org.whistle.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Units;
import org.whistle.routing.DemoCompounds.Compound;
import org.whistle.routing.repeat.OpenOrder;
import org.whistle.routing.repeat.OpenOrders;
import org.whistle.routing.repeat.RepeatFinder;

/**
 * Routing in the demo city: the gazetteer's generated compounds found in words, the catalog's
 * unit with its reason, the repeat index fed by real orders, and the dispatchers' decisions.
 * Each test takes compounds of its own ({@link DemoCompounds}).
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoutingIntegrationTests {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	/** Past the first street office, whose own rule for property services would lead instead of the community. */
	static DemoCompounds compounds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Units units;

	@Autowired
	OpenOrders openOrders;

	@Autowired
	RepeatFinder repeats;

	@Autowired
	Clock clock;

	@Autowired
	City city;

	Compound compound() {
		if (compounds == null) {
			compounds = new DemoCompounds(jdbc, 150, 7);
		}
		return compounds.next();
	}

	ResultActions as(String user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.header("X-Api-Key", "demo-" + user));
	}

	long register(String address, Double lat, Double lon, String category, String title, String content)
			throws Exception {
		String point = lat == null ? "" : "\"lat\":%s,\"lon\":%s,".formatted(lat, lon);
		String body = """
				{"channel":"PHONE","type":"COMPLAINT","callerName":"赵六","callerPhone":"13800001111",
				 "address":"%s",%s"categoryCode":"%s","title":"%s","content":"%s"}
				""".formatted(address, point, category, title, content);
		String json = as("operator", post("/api/requests").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	boolean filed(long orderId) {
		return jdbc.sql("SELECT COUNT(*) FROM routing_open_order WHERE order_id = :id").param("id", orderId)
			.query(Integer.class).single() == 1;
	}

	@Test
	void a_compound_in_the_words_gives_the_place_its_grid_and_the_heating_company_with_the_reason() throws Exception {
		Compound c = compound();

		as("operator", get("/api/routing/suggest").param("text", c.name() + "3号楼暖气不热，室温只有十五度")
			.param("categoryCode", "010208"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place.best.name").value(c.name()))
			.andExpect(jsonPath("$.place.best.kind").value("COMPOUND"))
			.andExpect(jsonPath("$.place.sure").value(true))
			.andExpect(jsonPath("$.place.doubt").value("NONE"))
			.andExpect(jsonPath("$.place.community.code").value(c.communityCode()))
			.andExpect(jsonPath("$.place.grid.code").value(org.hamcrest.Matchers.startsWith(c.communityCode())))
			.andExpect(jsonPath("$.units.lead.code").value("HEAT"))
			.andExpect(jsonPath("$.units.rule").isNotEmpty())
			.andExpect(jsonPath("$.units.reason").value(containsString("冬季采暖")))
			.andExpect(jsonPath("$.units.reason").value(containsString("地点：" + c.name())));
	}

	@Test
	void a_property_complaint_goes_to_the_committee_of_the_compounds_community() throws Exception {
		Compound c = compound();
		var committee = units.governing(c.communityCode()).orElseThrow();

		as("dispatcher", get("/api/routing/suggest").param("address", c.name() + "5号楼").param("text", "物业不管楼道卫生")
			.param("categoryCode", "011003"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.units.lead.id").value(committee.id()));
	}

	@Test
	void only_a_district_is_not_sure_and_the_operator_is_asked_where_in_it() throws Exception {
		String district = city.areas(AreaLevel.DISTRICT).get(0).name();

		as("operator", get("/api/routing/suggest").param("text", district + "有个井盖丢了").header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.place.sure").value(false))
			.andExpect(jsonPath("$.place.doubt").value("ONLY_BROAD"))
			.andExpect(jsonPath("$.place.question").value(containsString(district)))
			.andExpect(jsonPath("$.repeatsSearched").value(false));
	}

	@Test
	void bad_input_is_refused_with_a_problem_and_other_roles_are_forbidden() throws Exception {
		as("operator", get("/api/routing/suggest").param("text", "暖气").param("lat", "39.9"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		as("operator", get("/api/routing/suggest").param("text", "暖气").param("categoryCode", "999999"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		as("analyst", get("/api/routing/acceptance").param("from", "yesterday"))
			.andExpect(status().isBadRequest());
		as("analyst", get("/api/routing/acceptance").param("from", "2026-11-02").param("to", "2026-11-01"))
			.andExpect(status().isBadRequest());
		as("h-HEAT", get("/api/routing/suggest").param("text", "暖气"))
			.andExpect(status().isForbidden());
		as("operator", get("/api/routing/orders/987654321/repeats"))
			.andExpect(status().isNotFound());
	}

	@Test
	void repeat_detection_finds_a_planted_repeat_and_ignores_a_far_an_old_and_a_different_one() {
		Compound c = compound();
		Instant now = clock.instant();
		String text = "楼下餐馆油烟太大，熏得窗户都不敢开";
		long base = 9_000_000_000L + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
		double north600m = 600 / 111_320.0;
		openOrders.put(new OpenOrder(base, "planted", "050101", c.lat() + 0.0005, c.lon(), now.minus(Duration.ofDays(2)),
				"油烟扰民", "楼下餐馆油烟很大，窗户都不敢开"));
		openOrders.put(new OpenOrder(base + 1, "far", "050101", c.lat() + north600m, c.lon(), now, "油烟扰民", text));
		openOrders.put(new OpenOrder(base + 2, "old", "050101", c.lat(), c.lon(), now.minus(Duration.ofDays(40)), "油烟扰民",
				text));
		openOrders.put(new OpenOrder(base + 3, "category", "010208", c.lat(), c.lon(), now, "油烟扰民", text));
		openOrders.put(new OpenOrder(base + 4, "words", "050101", c.lat(), c.lon(), now, "占道", "小区门口有人占道卖水果"));

		List<Repeat> found = repeats.find("050101", c.lat(), c.lon(), text, null, now);

		assertThat(found).extracting(Repeat::orderNo).containsExactly("planted");
		assertThat(found.get(0).metres()).isBetween(50, 60);
		assertThat(found.get(0).similarity()).isGreaterThan(0.5);
		assertThat(repeats.find("050101", c.lat(), c.lon(), text, base, now)).isEmpty();
		List.of(0, 1, 2, 3, 4).forEach(i -> openOrders.remove(base + i));
	}

	@Test
	void a_registered_order_is_offered_as_the_repeat_of_a_like_request_until_it_is_merged() throws Exception {
		Compound c = compound();
		String title = "楼道灯坏了 " + UUID.randomUUID().toString().substring(0, 8);
		long first = register(c.name() + "2号楼", c.lat(), c.lon(), "011003", title, "2号楼楼道灯坏了半个月，物业一直不修。");
		await().atMost(PATIENCE).until(() -> filed(first));

		as("operator", get("/api/routing/suggest").param("text", "2号楼楼道的灯坏了好久，物业不来修")
			.param("lat", String.valueOf(c.lat() + 0.0003)).param("lon", String.valueOf(c.lon()))
			.param("categoryCode", "011003"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.repeatsSearched").value(true))
			.andExpect(jsonPath("$.repeats[0].orderId").value(first))
			.andExpect(jsonPath("$.repeats[0].metres").value(org.hamcrest.Matchers.lessThan(40)));

		long second = register(c.name() + "2号楼", c.lat(), c.lon(), "011003", title, "2号楼楼道的灯坏了，物业不修。");
		as("dispatcher", get("/api/routing/orders/{id}/repeats", second))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].orderId").value(first));
		as("h-HEAT", get("/api/routing/orders/{id}/repeats", first)).andExpect(status().isNotFound());

		as("dispatcher", post("/routing/orders/{id}/merge", second).param("into", String.valueOf(first)))
			.andExpect(status().is3xxRedirection());
		await().atMost(PATIENCE).until(() -> filed(first) && !filed(second));
		as("dispatcher", get("/api/work-orders/{id}", second)).andExpect(jsonPath("$.status").value("MERGED"));
	}

	@Test
	void the_dispatchers_choices_after_a_suggestion_give_the_acceptance_rate() throws Exception {
		Acceptance before = acceptance();
		Compound c = compound();
		long water = units.byCode("WATER").orElseThrow().id();
		var committee = units.governing(c.communityCode()).orElseThrow();
		long accepted = register(c.name() + "东门", null, null, "011003", "物业不扫雪", "东门门口的雪物业一直不扫。");
		long changed = register(c.name() + "西门", null, null, "011003", "物业不修水管", "西门水管漏水，物业不修。");

		as("dispatcher", get("/routing/orders/{id}/unit", accepted))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(committee.name())))
			.andExpect(content().string(containsString("一键采纳")));
		as("dispatcher", get("/routing/orders/{id}/unit", changed)).andExpect(status().isOk());
		as("dispatcher", post("/routing/orders/{id}/accept", accepted).param("unitId", String.valueOf(committee.id())))
			.andExpect(status().is3xxRedirection());
		as("dispatcher", post("/api/work-orders/{id}/dispatch", changed).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitId\":" + water + "}"))
			.andExpect(status().isOk());

		await().atMost(PATIENCE).until(() -> acceptance().decided() == before.decided() + 2);
		Acceptance after = acceptance();
		assertThat(after.accepted()).isEqualTo(before.accepted() + 1);
		assertThat(jdbc.sql("SELECT decided_by_name FROM routing_suggestion WHERE order_id = :id").param("id", changed)
			.query(String.class).single()).isEqualTo("派单员");
		as("dispatcher", get("/api/work-orders/{id}", accepted)).andExpect(jsonPath("$.leadUnitId").value(committee.id()));
		as("leader", get("/routing/acceptance"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td class=\"decided\">" + after.decided() + "</td>")))
			.andExpect(content().string(containsString("<td class=\"accepted\">" + after.accepted() + "</td>")));
		as("h-HEAT", get("/routing/acceptance")).andExpect(status().isForbidden());
	}

	@Test
	void accepting_a_suggestion_that_no_longer_holds_is_refused_and_changes_nothing() throws Exception {
		Compound c = compound();
		long order = register(c.name() + "北门", null, null, "011003", "物业不管", "北门垃圾堆着没人管。");
		long heat = units.byCode("HEAT").orElseThrow().id();

		as("dispatcher", post("/routing/orders/{id}/accept", order).param("unitId", String.valueOf(heat)))
			.andExpect(status().isConflict());
		as("dispatcher", get("/api/work-orders/{id}", order)).andExpect(jsonPath("$.status").value("RECEIVED"));
	}

	Acceptance acceptance() throws Exception {
		String json = as("analyst", get("/api/routing/acceptance")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		return Acceptance.of(Instant.EPOCH, Instant.EPOCH, ((Number) JsonPath.read(json, "$.decided")).longValue(),
				((Number) JsonPath.read(json, "$.accepted")).longValue());
	}
}
