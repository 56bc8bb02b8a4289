package org.whistle.workorder.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.whistle.city.Units;

import com.jayway.jsonpath.JsonPath;

/** The closed loop through the REST API, with the roles and units of the demo city. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkOrderApiTests {

	static final String HEATING_COMPLAINT = """
			{"channel":"PHONE","type":"COMPLAINT","callerName":"王小明","callerPhone":"13812345678",
			 "address":"兰台社区3号楼","lat":39.95,"lon":116.40,"categoryCode":"010208",
			 "title":"暖气不热","content":"3号楼暖气一直不热，室温只有十五度。","urgency":"NORMAL"}
			""";

	static final String ADDRESS_ONLY = """
			{"channel":"WEB","type":"HELP","callerName":"李雷","callerPhone":"13900001111",
			 "address":"某小区门口","title":"路灯不亮","content":"小区门口路灯坏了一周。"}
			""";

	@Autowired
	MockMvc mvc;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	long heat() {
		return units.byCode("HEAT").orElseThrow().id();
	}

	long water() {
		return units.byCode("WATER").orElseThrow().id();
	}

	ResultActions as(String user, MockHttpServletRequestBuilder request)
			throws Exception {
		return mvc.perform(request.header("X-Api-Key", "demo-" + user));
	}

	ResultActions send(String user, String path, String body) throws Exception {
		return as(user, post(path)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	long register(String body) throws Exception {
		String json = send("operator", "/api/requests", body).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	long dispatched() throws Exception {
		return register(HEATING_COMPLAINT);
	}

	long received() throws Exception {
		return register(ADDRESS_ONLY);
	}

	@Test
	void an_operator_registers_a_request_that_the_catalog_dispatches_with_its_deadlines() throws Exception {
		send("operator", "/api/requests", HEATING_COMPLAINT)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/work-orders/")))
			.andExpect(jsonPath("$.orderNo").isString())
			.andExpect(jsonPath("$.status").value("DISPATCHED"))
			.andExpect(jsonPath("$.leadUnitId").value(heat()))
			.andExpect(jsonPath("$.deadlines.resolveBy").isString());
	}

	@Test
	void a_request_without_a_place_the_catalog_can_use_waits_for_the_dispatcher() throws Exception {
		long id = received();
		as("dispatcher", get("/api/work-orders/{id}", id))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.deadlines").doesNotExist());
	}

	@Test
	void the_whole_loop_runs_from_the_call_to_the_closing_callback() throws Exception {
		long id = received();
		send("dispatcher", "/api/work-orders/" + id + "/dispatch",
				"{\"unitId\":" + heat() + ",\"coUnitIds\":[" + water() + "],\"note\":\"请热力集团主办\"}")
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISPATCHED"));
		send("h-HEAT", "/api/work-orders/" + id + "/sign", "").andExpect(jsonPath("$.status").value("SIGNED"));
		send("h-HEAT", "/api/work-orders/" + id + "/contact", "{\"note\":\"已电话联系\"}")
			.andExpect(jsonPath("$.contactedAt").isString());
		send("h-WATER", "/api/work-orders/" + id + "/co-answer", "{\"text\":\"供水正常\"}").andExpect(status().isOk());
		send("h-HEAT", "/api/work-orders/" + id + "/reply", "{\"solved\":true,\"text\":\"已排气，室温恢复\"}")
			.andExpect(jsonPath("$.status").value("REPLIED"));
		send("callback", "/api/work-orders/" + id + "/callback",
				"{\"reached\":true,\"solved\":true,\"satisfaction\":\"SATISFIED\"}")
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closure").value("SOLVED"));
		as("dispatcher", get("/api/work-orders/{id}/history", id))
			.andExpect(jsonPath("$[*].action").value(org.hamcrest.Matchers.contains("register", "dispatch", "sign",
					"contact", "co-answer", "reply", "callback", "close")));
	}

	@Test
	void a_listed_order_names_its_co_units_as_its_own_page_does() throws Exception {
		long id = received();
		send("dispatcher", "/api/work-orders/" + id + "/dispatch",
				"{\"unitId\":" + heat() + ",\"coUnitIds\":[" + water() + "]}").andExpect(status().isOk());
		String one = as("dispatcher", get("/api/work-orders/{id}", id)).andReturn().getResponse().getContentAsString();
		String list = as("h-HEAT", get("/api/work-orders?size=200")).andReturn().getResponse().getContentAsString();

		assertThat(JsonPath.<java.util.List<Integer>>read(one, "$.coUnitIds")).containsExactly((int) water());
		assertThat(JsonPath.<java.util.List<Object>>read(list, "$.orders[?(@.id == " + id + ")].coUnitIds[*]"))
			.containsExactly((int) water());
	}

	@Test
	void a_unit_sees_only_its_own_orders() throws Exception {
		long id = dispatched();
		as("h-HEAT", get("/api/work-orders/{id}", id)).andExpect(status().isOk())
			.andExpect(jsonPath("$.callerPhone").value("13812345678"));
		as("h-GAS", get("/api/work-orders/{id}", id)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send("h-GAS", "/api/work-orders/" + id + "/sign", "").andExpect(status().isNotFound());
		String list = as("h-GAS", get("/api/work-orders?size=200")).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(list, "$.orders[*].id")).doesNotContain((int) id);
	}

	@Test
	void roles_that_only_count_orders_see_the_caller_masked() throws Exception {
		long id = dispatched();
		as("analyst", get("/api/work-orders/{id}", id))
			.andExpect(jsonPath("$.callerPhone").value("138****5678"))
			.andExpect(jsonPath("$.callerName").value("王**"));
	}

	@Test
	void a_step_the_state_does_not_allow_is_409_and_changes_nothing() throws Exception {
		long id = dispatched();
		send("h-HEAT", "/api/work-orders/" + id + "/sign", "").andExpect(status().isOk());
		String before = as("dispatcher", get("/api/work-orders/{id}", id)).andReturn().getResponse().getContentAsString();
		send("h-HEAT", "/api/work-orders/" + id + "/sign", "").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send("h-HEAT", "/api/work-orders/" + id + "/reply", "{\"solved\":true,\"text\":\"未联系就回复\"}")
			.andExpect(status().isConflict());
		as("dispatcher", get("/api/work-orders/{id}", id)).andExpect(content().json(before));
	}

	@Test
	void a_role_without_the_right_gets_403() throws Exception {
		long id = received();
		send("h-HEAT", "/api/work-orders/" + id + "/dispatch", "{\"unitId\":" + heat() + "}")
			.andExpect(status().isForbidden());
		send("analyst", "/api/requests", HEATING_COMPLAINT).andExpect(status().isForbidden());
	}

	@Test
	void an_unknown_order_is_404() throws Exception {
		as("dispatcher", get("/api/work-orders/987654321")).andExpect(status().isNotFound());
		send("dispatcher", "/api/work-orders/987654321/dispatch", "{\"unitId\":" + heat() + "}")
			.andExpect(status().isNotFound());
	}

	@Test
	void bad_input_is_400_with_the_fields_and_registers_nothing() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM work_order").query(Long.class).single();
		send("operator", "/api/requests", "{\"channel\":\"PHONE\",\"type\":\"COMPLAINT\",\"lat\":39.9}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.title").exists())
			.andExpect(jsonPath("$.fields.content").exists())
			.andExpect(jsonPath("$.fields.lon").exists());
		send("operator", "/api/requests", HEATING_COMPLAINT.replace("COMPLAINT", "GRUMBLE"))
			.andExpect(status().isBadRequest());
		send("operator", "/api/requests", HEATING_COMPLAINT.replace("39.95", "\"north\""))
			.andExpect(status().isBadRequest());
		send("operator", "/api/requests", HEATING_COMPLAINT.replace("39.95", "31.2"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.fields.lat").value(org.hamcrest.Matchers.containsString("outside")));
		send("operator", "/api/requests", HEATING_COMPLAINT.replace("010208", "999999"))
			.andExpect(status().isBadRequest());
		send("operator", "/api/requests", "not json").andExpect(status().isBadRequest());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM work_order").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void bad_action_bodies_are_400() throws Exception {
		long id = received();
		send("dispatcher", "/api/work-orders/" + id + "/dispatch", "{}").andExpect(status().isBadRequest());
		send("dispatcher", "/api/work-orders/" + id + "/dispatch", "{\"unitId\":99999999}")
			.andExpect(status().isBadRequest());
		send("dispatcher", "/api/work-orders/" + id + "/dispatch", "{\"unitId\":\"heat\"}")
			.andExpect(status().isBadRequest());
	}

	@Test
	void a_retry_with_the_same_idempotency_key_returns_the_same_order() throws Exception {
		String key = UUID.randomUUID().toString();
		String a = as("operator", post("/api/requests").contentType(MediaType.APPLICATION_JSON)
			.content(HEATING_COMPLAINT).header("Idempotency-Key", key))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String b = as("operator", post("/api/requests").contentType(MediaType.APPLICATION_JSON)
			.content(HEATING_COMPLAINT).header("Idempotency-Key", key))
			.andExpect(status().isCreated()).andExpect(header().string("Idempotent-Replayed", "true"))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<Object>read(b, "$.id")).isEqualTo(JsonPath.read(a, "$.id"));
		as("operator", post("/api/requests").contentType(MediaType.APPLICATION_JSON)
			.content(ADDRESS_ONLY).header("Idempotency-Key", key))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void of_two_dispatchers_acting_at_once_one_wins_and_the_other_gets_409() throws Exception {
		long id = received();
		Callable<Integer> dispatch = () -> send("dispatcher", "/api/work-orders/" + id + "/dispatch",
				"{\"unitId\":" + heat() + "}").andReturn().getResponse().getStatus();
		var pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> one = pool.submit(dispatch);
			Future<Integer> two = pool.submit(dispatch);
			assertThat(java.util.List.of(one.get(), two.get())).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM work_order_history WHERE order_id = :id AND action = 'dispatch'")
			.param("id", id).query(Long.class).single()).isOne();
	}

	@Test
	void an_approved_return_sends_the_order_back_to_the_dispatch_queue() throws Exception {
		long id = dispatched();
		send("h-HEAT", "/api/work-orders/" + id + "/return", "{\"reason\":\"属于小区物业自管管线\"}")
			.andExpect(jsonPath("$.pendingReturnReason").value("属于小区物业自管管线"));
		String queue = as("dispatcher", get("/api/work-orders?queue=RETURN_REQUESTS&size=200"))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.List<Integer>>read(queue, "$.orders[*].id")).contains((int) id);
		send("dispatcher", "/api/work-orders/" + id + "/return-review", "{\"approve\":true,\"note\":\"改派\"}")
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.returnCount").value(1));
	}

	@Test
	void an_approved_extension_moves_the_deadline_and_a_refused_one_does_not() throws Exception {
		long id = dispatched();
		String before = as("h-HEAT", get("/api/work-orders/{id}", id)).andReturn().getResponse().getContentAsString();
		String due = JsonPath.read(before, "$.deadlines.resolveBy");
		send("h-HEAT", "/api/work-orders/" + id + "/extension", "{\"days\":3,\"reason\":\"需更换阀门\"}")
			.andExpect(jsonPath("$.pendingExtensionDays").value(3));
		send("dispatcher", "/api/work-orders/" + id + "/extension-review", "{\"approve\":true}")
			.andExpect(jsonPath("$.deadlines.resolveBy").value(java.time.Instant.parse(due).plus(java.time.Duration.ofDays(3)).toString()));
		send("h-HEAT", "/api/work-orders/" + id + "/extension", "{\"days\":2,\"reason\":\"再等配件\"}");
		send("dispatcher", "/api/work-orders/" + id + "/extension-review", "{\"approve\":false}")
			.andExpect(jsonPath("$.deadlines.resolveBy").value(java.time.Instant.parse(due).plus(java.time.Duration.ofDays(3)).toString()));
	}

	@Test
	void a_repeat_merged_into_an_open_order_shares_its_reply_and_is_called_back_itself() throws Exception {
		long target = dispatched();
		long repeat = received();
		send("dispatcher", "/api/work-orders/" + repeat + "/merge", "{\"intoId\":" + target + "}")
			.andExpect(jsonPath("$.status").value("MERGED"));
		send("h-HEAT", "/api/work-orders/" + target + "/sign", "");
		send("h-HEAT", "/api/work-orders/" + target + "/contact", "");
		send("h-HEAT", "/api/work-orders/" + target + "/reply", "{\"solved\":true,\"text\":\"已修复\"}");
		as("callback", get("/api/work-orders/{id}", repeat)).andExpect(jsonPath("$.status").value("REPLIED"))
			.andExpect(jsonPath("$.replyText").value("已修复"));
		send("callback", "/api/work-orders/" + repeat + "/callback",
				"{\"reached\":true,\"solved\":true,\"satisfaction\":\"BASICALLY_SATISFIED\"}")
			.andExpect(jsonPath("$.status").value("CLOSED"));
	}

	@Test
	void a_consultation_is_answered_on_the_spot_and_never_dispatched() throws Exception {
		long id = register(HEATING_COMPLAINT.replace("COMPLAINT", "CONSULTATION"));
		send("operator", "/api/work-orders/" + id + "/answer", "{\"text\":\"供暖季为11月15日至次年3月15日。\"}")
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.closure").value("ANSWERED_DIRECTLY"));
	}

	@Test
	void a_street_office_passes_an_order_down_to_its_community() throws Exception {
		long id = received();
		var street = units.all().stream().filter(u -> u.kind() == org.whistle.city.UnitKind.STREET).findFirst().orElseThrow();
		var community = units.all().stream().filter(u -> street.id() == (u.parentId() == null ? -1 : u.parentId()))
			.findFirst().orElseThrow();
		send("dispatcher", "/api/work-orders/" + id + "/dispatch", "{\"unitId\":" + street.id() + "}");
		send("h-" + street.code(), "/api/work-orders/" + id + "/sign", "");
		send("h-" + street.code(), "/api/work-orders/" + id + "/pass-down", "{\"unitId\":" + heat() + "}")
			.andExpect(status().isBadRequest());
		send("h-" + street.code(), "/api/work-orders/" + id + "/pass-down", "{\"unitId\":" + community.id() + "}")
			.andExpect(jsonPath("$.handlingUnitId").value(community.id()))
			.andExpect(jsonPath("$.leadUnitId").value(street.id()));
		as("h-" + community.code(), get("/api/work-orders/{id}", id)).andExpect(status().isOk());
	}

	@Test
	void an_oversize_body_is_refused_with_413_and_registers_nothing() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM work_order").query(Long.class).single();
		String huge = HEATING_COMPLAINT.replace("室温只有十五度。", "很冷".repeat(40_000));
		send("operator", "/api/requests", huge)
			.andExpect(status().isContentTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM work_order").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void the_api_is_described_in_openapi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/requests'].post").exists())
			.andExpect(jsonPath("$.paths['/api/work-orders/{id}/dispatch'].post").exists())
			.andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-Api-Key"));
	}
}
