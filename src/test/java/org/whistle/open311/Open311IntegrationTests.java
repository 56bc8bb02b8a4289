package org.whistle.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.whistle.workorder.Channel;
import org.whistle.workorder.WorkOrderView;
import org.whistle.workorder.WorkOrders;

import com.jayway.jsonpath.JsonPath;

/** Open311 GeoReport v2 end to end, in both formats, against the demo city. */
@SpringBootTest
@AutoConfigureMockMvc
class Open311IntegrationTests {

	static final String BASE = "/open311/v2/";

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkOrders orders;

	@Autowired
	JdbcClient jdbc;

	// --- helpers ----------------------------------------------------------------------------

	String body(MvcResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	String getOk(String path, String schema) throws Exception {
		MvcResult result = mvc.perform(get(BASE + path)).andExpect(status().isOk()).andReturn();
		String body = body(result);
		if (path.contains(".json")) {
			assertThat(result.getResponse().getContentType()).startsWith("application/json");
			if (schema != null) {
				Open311Schemas.assertValid(schema, body);
			}
		}
		else {
			assertThat(result.getResponse().getContentType()).startsWith("text/xml");
			Open311Schemas.xml(body);
		}
		return body;
	}

	static String xpath(String xml, String expression) throws Exception {
		return XPathFactory.newInstance().newXPath().evaluate(expression, Open311Schemas.xml(xml));
	}

	static int count(String xml, String expression) throws Exception {
		Document document = Open311Schemas.xml(xml);
		return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(expression, document, XPathConstants.NODESET))
			.getLength();
	}

	MockHttpServletRequestBuilder form(String path, Map<String, List<String>> fields) {
		MockHttpServletRequestBuilder request = post(BASE + path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
		fields.forEach((name, values) -> values.forEach(v -> request.formField(name, v)));
		return request;
	}

	/** The spec's example POST (wiki.open311.org/GeoReport_v2), in Beijing. */
	static Map<String, List<String>> heatingReport() {
		return new java.util.LinkedHashMap<>(Map.ofEntries(Map.entry("api_key", List.of("demo-open311")),
				Map.entry("service_code", List.of("010208")), Map.entry("lat", List.of("39.95")),
				Map.entry("long", List.of("116.40")), Map.entry("address_string", List.of("兰台社区3号楼")),
				Map.entry("email", List.of("smit222@sfgov.edu")), Map.entry("device_id", List.of("tt222111")),
				Map.entry("account_id", List.of("123456")), Map.entry("first_name", List.of("小明")),
				Map.entry("last_name", List.of("王")), Map.entry("phone", List.of("13812345678")),
				Map.entry("description", List.of("3号楼暖气一直不热，室温只有十五度。")),
				Map.entry("media_url", List.of("https://example.org/photos/radiator.jpg")),
				Map.entry("attribute[room_temperature]", List.of("15")),
				Map.entry("attribute[rooms][]", List.of("bedroom", "living_room"))));
	}

	Map<String, List<String>> with(Map<String, List<String>> fields, String name, String... values) {
		Map<String, List<String>> copy = new java.util.LinkedHashMap<>(fields);
		if (values.length == 0) {
			copy.remove(name);
		}
		else {
			copy.put(name, List.of(values));
		}
		return copy;
	}

	String submit(Map<String, List<String>> fields) throws Exception {
		String body = body(mvc.perform(form("requests.json", fields)).andExpect(status().isCreated()).andReturn());
		return JsonPath.read(body, "$[0].service_request_id");
	}

	long orderCount() {
		return jdbc.sql("SELECT COUNT(*) FROM work_order").query(Long.class).single();
	}

	/** Posts in both formats and expects the status with these error descriptions, and nothing stored. */
	void refused(Map<String, List<String>> fields, int status, String... descriptions) throws Exception {
		long before = orderCount();
		String json = body(mvc.perform(form("requests.json", fields)).andExpect(status().is(status)).andReturn());
		List<String> got = JsonPath.read(json, "$[*].description");
		assertThat(got).as(json).containsExactlyInAnyOrder(descriptions);
		assertThat(JsonPath.<List<Integer>>read(json, "$[*].code")).containsOnly(status);
		String xml = body(mvc.perform(form("requests.xml", fields)).andExpect(status().is(status)).andReturn());
		assertThat(count(xml, "/errors/error")).isEqualTo(descriptions.length);
		assertThat(xpath(xml, "/errors/error[1]/code")).isEqualTo(String.valueOf(status));
		assertThat(orderCount()).isEqualTo(before);
	}

	// --- discovery and services -------------------------------------------------------------

	@Test
	void discovery_names_the_v2_endpoint_in_both_formats() throws Exception {
		String json = getOk("discovery.json", null);
		assertThat(JsonPath.<String>read(json, "$.endpoints[0].specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
		assertThat(JsonPath.<String>read(json, "$.endpoints[0].url")).endsWith("/open311/v2/");
		String xml = getOk("discovery.xml", null);
		assertThat(count(xml, "/discovery/endpoints/endpoint/formats/format")).isEqualTo(2);
	}

	@Test
	void the_services_are_the_level_3_categories_grouped_by_their_top_level() throws Exception {
		String json = getOk("services.json", "services.json");
		List<String> codes = JsonPath.read(json, "$[*].service_code");
		assertThat(codes).contains("010208").allMatch(code -> code.length() == 6);
		assertThat(JsonPath.<List<String>>read(json, "$[?(@.service_code == '010208')].group")).containsExactly("城乡建设");
		assertThat(JsonPath.<List<String>>read(json, "$[?(@.service_code == '010208')].keywords"))
			.containsExactly("城市建设和市政管理,冬季采暖");
		String xml = getOk("services.xml", null);
		assertThat(count(xml, "/services/service")).isEqualTo(codes.size());
		assertThat(xpath(xml, "/services/service[service_code='010208']/service_name")).isEqualTo("冬季采暖");
		assertThat(xpath(xml, "/services/service[service_code='010208']/metadata")).isEqualTo("true");
	}

	@Test
	void a_service_definition_lists_the_attributes_of_every_service_and_its_own() throws Exception {
		String json = getOk("services/010208.json", "service-definition.json");
		assertThat(JsonPath.<List<String>>read(json, "$.attributes[*].code"))
			.containsExactly("urgent", "request_type", "room_temperature", "rooms");
		assertThat(JsonPath.<List<String>>read(json, "$.attributes[?(@.code == 'rooms')].datatype"))
			.containsExactly("multivaluelist");
		assertThat(JsonPath.<List<String>>read(json, "$.attributes[?(@.code == 'urgent')].values[*].key"))
			.containsExactly("no", "yes");
		String xml = getOk("services/010208.xml", null);
		assertThat(xpath(xml, "/service_definition/service_code")).isEqualTo("010208");
		assertThat(count(xml, "/service_definition/attributes/attribute")).isEqualTo(4);
		assertThat(count(xml, "/service_definition/attributes/attribute[code='rooms']/values/value")).isEqualTo(4);
		String other = getOk("services/010101.json", "service-definition.json");
		assertThat(JsonPath.<List<String>>read(other, "$.attributes[*].code")).containsExactly("urgent", "request_type");
	}

	@Test
	void an_unknown_service_or_resource_or_format_is_404_in_the_format_asked() throws Exception {
		String json = body(mvc.perform(get(BASE + "services/999999.json")).andExpect(status().isNotFound()).andReturn());
		assertThat(JsonPath.<Integer>read(json, "$[0].code")).isEqualTo(404);
		assertThat(JsonPath.<String>read(json, "$[0].description")).contains("999999");
		String xml = body(mvc.perform(get(BASE + "services/01.xml")).andExpect(status().isNotFound()).andReturn());
		assertThat(xpath(xml, "/errors/error/code")).isEqualTo("404");
		mvc.perform(get(BASE + "nothing.xml")).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/xml"));
		mvc.perform(get(BASE + "services.yaml")).andExpect(status().isNotFound());
		mvc.perform(get(BASE + "requests/19990101000000.json")).andExpect(status().isNotFound());
		mvc.perform(get(BASE + "tokens/no-such-token.xml")).andExpect(status().isNotFound());
	}

	// --- POST requests -----------------------------------------------------------------------

	@Test
	void the_specs_example_post_becomes_an_ordinary_work_order_followed_by_its_token() throws Exception {
		String created = body(mvc.perform(form("requests.xml", heatingReport())).andExpect(status().isCreated())
			.andExpect(content().contentTypeCompatibleWith("text/xml")).andReturn());
		String id = xpath(created, "/service_requests/request/service_request_id");
		String token = xpath(created, "/service_requests/request/token");
		assertThat(id).isNotBlank();

		String byToken = getOk("tokens/" + token + ".json", null);
		assertThat(JsonPath.<String>read(byToken, "$[0].service_request_id")).isEqualTo(id);
		assertThat(xpath(getOk("tokens/" + token + ".xml", null), "/service_requests/request/service_request_id"))
			.isEqualTo(id);

		WorkOrderView order = orders.findByOrderNo(id).orElseThrow();
		assertThat(order.request().channel()).isEqualTo(Channel.OPEN311);
		assertThat(order.request().callerName()).isEqualTo("王小明");
		assertThat(order.request().callerPhone()).isEqualTo("13812345678");
		assertThat(order.request().title()).isEqualTo("冬季采暖（室温（℃）：15；哪些房间不热：卧室、客厅）");
		assertThat(order.request().content()).isEqualTo("3号楼暖气一直不热，室温只有十五度。");
		assertThat(order.request().categoryCode()).isEqualTo("010208");

		String json = getOk("requests/" + id + ".json", "requests.json");
		assertThat(JsonPath.<String>read(json, "$[0].service_request_id")).isEqualTo(id);
		assertThat(JsonPath.<String>read(json, "$[0].status")).isEqualTo("open");
		assertThat(JsonPath.<String>read(json, "$[0].service_name")).isEqualTo("冬季采暖");
		assertThat(JsonPath.<String>read(json, "$[0].agency_responsible")).isNotBlank();
		assertThat(JsonPath.<String>read(json, "$[0].requested_datetime")).endsWith("+08:00");
		assertThat(JsonPath.<String>read(json, "$[0].expected_datetime")).endsWith("+08:00");
		assertThat(JsonPath.<String>read(json, "$[0].media_url")).isEqualTo("https://example.org/photos/radiator.jpg");
		assertThat(JsonPath.<Double>read(json, "$[0].lat")).isEqualTo(39.95);
		assertThat(json).doesNotContain("13812345678", "小明", "smit222");
		String xml = getOk("requests/" + id + ".xml", null);
		assertThat(xpath(xml, "/service_requests/request/description")).isEqualTo("3号楼暖气一直不热，室温只有十五度。");
		assertThat(xml).doesNotContain("13812345678", "小明", "smit222");
	}

	@Test
	void attributes_set_the_urgency_and_the_type_of_the_order() throws Exception {
		String id = submit(with(with(heatingReport(), "attribute[urgent]", "yes"), "attribute[request_type]", "HELP"));
		WorkOrderView order = orders.findByOrderNo(id).orElseThrow();
		assertThat(order.request().urgency().isUrgent()).isTrue();
		assertThat(order.request().type().name()).isEqualTo("HELP");
	}

	@Test
	void an_address_without_a_point_is_registered_for_the_dispatcher() throws Exception {
		String id = submit(with(with(heatingReport(), "lat"), "long"));
		String json = getOk("requests/" + id + ".json", "requests.json");
		assertThat(JsonPath.<Object>read(json, "$[0].lat")).isNull();
		assertThat(JsonPath.<String>read(json, "$[0].address")).isEqualTo("兰台社区3号楼");
	}

	@Test
	void a_script_in_the_description_is_stored_as_given_and_inert_in_both_formats() throws Exception {
		String script = "<script>alert('x')</script> & \"暖气\" ]]> <![CDATA[";
		String id = submit(with(heatingReport(), "description", script));
		assertThat(orders.findByOrderNo(id).orElseThrow().request().content()).isEqualTo(script);

		MvcResult jsonResult = mvc.perform(get(BASE + "requests/" + id + ".json")).andReturn();
		String json = body(jsonResult);
		assertThat(jsonResult.getResponse().getContentType()).startsWith("application/json");
		assertThat(JsonPath.<String>read(json, "$[0].description")).isEqualTo(script);

		String xml = getOk("requests/" + id + ".xml", null);
		assertThat(xml).doesNotContain("<script>").contains("&lt;script>");
		assertThat(xpath(xml, "/service_requests/request/description")).isEqualTo(script);
		assertThat(count(xml, "//script")).isZero();
	}

	@Test
	void a_phone_call_shows_the_orders_title_and_nothing_of_the_caller() throws Exception {
		String created = body(mvc.perform(post("/api/requests").header("X-Api-Key", "demo-operator")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"channel":"PHONE","type":"COMPLAINT","callerName":"李雷","callerPhone":"13900001111",
					 "address":"兰台社区5号楼","lat":39.95,"lon":116.40,"categoryCode":"010208",
					 "title":"暖气不热","content":"我是李雷，住5号楼502，电话13900001111，暖气不热。"}
					"""))
			.andExpect(status().isCreated()).andReturn());
		String id = JsonPath.read(created, "$.orderNo");
		String json = getOk("requests/" + id + ".json?extensions=true", "requests.json");
		assertThat(JsonPath.<String>read(json, "$[0].description")).isEqualTo("暖气不热");
		assertThat(json).doesNotContain("李雷", "13900001111", "502", "话务员");
		assertThat(getOk("requests/" + id + ".xml?extensions=true", null)).doesNotContain("李雷", "13900001111", "502");
	}

	@Test
	void a_post_without_a_valid_key_of_a_client_is_403() throws Exception {
		refused(with(heatingReport(), "api_key"), 403, "api_key: required to submit a request");
		refused(with(heatingReport(), "api_key", "not-a-key"), 403, "api_key: unknown or revoked key");
		refused(with(heatingReport(), "api_key", "demo-h-HEAT"), 403, "api_key: this key's user may not submit requests");
	}

	@Test
	void every_wrong_field_gets_its_own_error_and_nothing_is_stored() throws Exception {
		refused(with(heatingReport(), "service_code"), 400, "service_code: required (see services.json)");
		refused(with(heatingReport(), "service_code", "0102"), 400,
				"service_code: '0102' is not a service (see services.json)");
		refused(with(with(with(heatingReport(), "lat"), "long"), "address_string"), 400,
				"a location is required: lat and long, or address_string");
		refused(with(with(with(with(heatingReport(), "lat"), "long"), "address_string"), "address_id", "77"), 400,
				"address_id: not supported here; give lat and long, or address_string");
		refused(with(heatingReport(), "long"), 400, "long: required with lat");
		refused(with(heatingReport(), "lat", "north"), 400, "lat: 'north' is not a number");
		refused(with(heatingReport(), "long", "200"), 400, "long: must be between -180 and 180");
		refused(with(heatingReport(), "description", "热".repeat(4001)), 400,
				"description: at most 4000 characters, got 4001");
		refused(with(heatingReport(), "description", "bell\u0007"), 400, "description: contains control characters");
		refused(with(heatingReport(), "email", "not-mail"), 400, "email: 'not-mail' is not an e-mail address");
		refused(with(heatingReport(), "phone", "call me"), 400,
				"phone: 'call me' is not a phone number (digits, spaces, dashes, a leading +)");
		refused(with(heatingReport(), "media_url", "javascript:alert(1)"), 400,
				"media_url: must be an absolute http or https URL of at most 1000 characters");
		refused(with(heatingReport(), "first_name", "名".repeat(51)), 400, "first_name: at most 50 characters, got 51");
		refused(with(heatingReport(), "attribute[colour]", "red"), 400,
				"attribute[colour]: service 010208 has no such attribute (see services/010208.json)");
		refused(with(heatingReport(), "attribute[urgent]", "maybe"), 400, "attribute[urgent]: 'maybe' is none of no, yes");
		refused(with(heatingReport(), "attribute[urgent][]", "yes", "no"), 400, "attribute[urgent]: takes one value, not 2");
		refused(with(heatingReport(), "attribute[rooms][]", "garage"), 400,
				"attribute[rooms]: 'garage' is none of bedroom, living_room, kitchen, bathroom");
		refused(with(heatingReport(), "attribute[room_temperature]", "cold"), 400,
				"attribute[room_temperature]: 'cold' is not a number");
		refused(with(with(heatingReport(), "lat", "31.23"), "long", "121.47"), 400,
				"lat: the point (31.23, 121.47) is outside the jurisdiction");
	}

	@Test
	void several_wrong_fields_are_reported_together() throws Exception {
		refused(with(with(heatingReport(), "email", "x"), "phone", "y"), 400, "email: 'x' is not an e-mail address",
				"phone: 'y' is not a phone number (digits, spaces, dashes, a leading +)");
	}

	@Test
	void empty_fields_count_as_absent() throws Exception {
		String id = submit(with(with(with(heatingReport(), "email", ""), "media_url", ""), "attribute[urgent]", ""));
		assertThat(orders.findByOrderNo(id).orElseThrow().request().callerEmail()).isNull();
	}

	@Test
	void a_body_above_the_limit_is_refused_before_it_is_read() throws Exception {
		String big = "description=" + "a".repeat(70_000);
		long before = orderCount();
		String json = body(mvc.perform(post(BASE + "requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(big)).andExpect(status().isPayloadTooLarge()).andReturn());
		assertThat(JsonPath.<Integer>read(json, "$[0].code")).isEqualTo(413);
		assertThat(orderCount()).isEqualTo(before);
	}

	// --- GET requests ------------------------------------------------------------------------

	@Test
	void the_specs_example_get_requests_answers_an_empty_list_for_2010() throws Exception {
		String xml = getOk("requests.xml?start_date=2010-05-24T00:00:00Z&end_date=2010-06-24T00:00:00Z&status=open", null);
		assertThat(count(xml, "/service_requests/request")).isZero();
		String json = getOk("requests.json?start_date=2010-05-24T00:00:00Z&end_date=2010-06-24T00:00:00Z&status=open",
				"requests.json");
		assertThat(JsonPath.<List<Object>>read(json, "$")).isEmpty();
	}

	@Test
	void requests_are_filtered_by_service_status_and_ids_and_paged() throws Exception {
		String first = submit(heatingReport());
		String second = submit(heatingReport());
		String json = getOk("requests.json?service_code=010208,010101&status=open&page_size=1000", "requests.json");
		assertThat(JsonPath.<List<String>>read(json, "$[*].service_request_id")).contains(first, second);
		assertThat(JsonPath.<List<String>>read(json, "$[*].service_code")).containsOnly("010208");
		assertThat(JsonPath.<List<Object>>read(getOk("requests.json?service_code=010101", "requests.json"), "$"))
			.isEmpty();
		String closed = getOk("requests.json?service_code=010208&status=closed&page_size=1000", "requests.json");
		assertThat(JsonPath.<List<String>>read(closed, "$[*].status")).containsOnly("closed");
		assertThat(JsonPath.<List<String>>read(closed, "$[*].service_request_id")).doesNotContain(first, second);

		String byIds = getOk("requests.json?service_request_id=" + first + "," + second
				+ "&service_code=010101&start_date=2010-01-01&end_date=2010-01-02&status=closed", "requests.json");
		assertThat(JsonPath.<List<String>>read(byIds, "$[*].service_request_id")).containsExactly(second, first);

		String page1 = getOk("requests.json?service_request_id=" + first + "," + second + "&page_size=1", "requests.json");
		String page2 = getOk("requests.json?service_request_id=" + first + "," + second + "&page_size=1&page=2",
				"requests.json");
		assertThat(JsonPath.<List<String>>read(page1, "$[*].service_request_id")).containsExactly(second);
		assertThat(JsonPath.<List<String>>read(page2, "$[*].service_request_id")).containsExactly(first);

		String empties = getOk("requests.json?service_code=&status=&start_date=&end_date=&page=&service_request_id="
				+ "&page_size=1000", "requests.json");
		assertThat(JsonPath.<List<String>>read(empties, "$[*].service_request_id")).contains(first, second);

		String xml = getOk("requests.xml?service_request_id=" + first, null);
		assertThat(xpath(xml, "/service_requests/request/service_request_id")).isEqualTo(first);
		assertThat(xpath(xml, "/service_requests/request/status")).isEqualTo("open");
	}

	@Test
	void wrong_query_parameters_are_400_with_a_clear_description() throws Exception {
		rejectedQuery("start_date=2026-01-01T00:00:00Z&end_date=2026-05-01T00:00:00Z",
				"start_date, end_date: may not span more than 90 days");
		rejectedQuery("start_date=2026-01-01T00:00:00+08:00&end_date=2026-06-01",
				"start_date, end_date: may not span more than 90 days");
		rejectedQuery("start_date=yesterday", "start_date: 'yesterday' is not a W3C date and time such as 2026-11-01T00:00:00+08:00");
		rejectedQuery("start_date=2026-02-01&end_date=2026-01-01", "end_date: before start_date");
		rejectedQuery("status=pending", "status: 'pending' is neither open nor closed");
		rejectedQuery("page_size=1001", "page_size: '1001' is not a whole number from 1 to 1000");
		rejectedQuery("page=0", "page: '0' is not a whole number from 1 to 2147483");
		rejectedQuery("extensions=yes", "extensions: 'yes' is neither true nor false");
	}

	void rejectedQuery(String query, String description) throws Exception {
		String json = body(mvc.perform(get(BASE + "requests.json?" + query)).andExpect(status().isBadRequest()).andReturn());
		assertThat(JsonPath.<List<String>>read(json, "$[*].description")).containsExactly(description);
		String xml = body(mvc.perform(get(BASE + "requests.xml?" + query)).andExpect(status().isBadRequest()).andReturn());
		assertThat(xpath(xml, "/errors/error/description")).isEqualTo(description);
		assertThat(xpath(xml, "/errors/error/code")).isEqualTo("400");
	}

	@Test
	void the_reply_becomes_the_status_notes_and_extensions_show_the_public_history() throws Exception {
		String id = submit(heatingReport());
		long orderId = orders.findByOrderNo(id).orElseThrow().id();
		act("h-HEAT", orderId, "sign", "");
		act("h-HEAT", orderId, "contact", "{\"note\":\"内部备注：住户脾气急\"}");
		act("h-HEAT", orderId, "reply", "{\"solved\":true,\"text\":\"已排气，室温恢复到二十度\"}");
		act("callback", orderId, "callback", "{\"reached\":true,\"solved\":true,\"satisfaction\":\"SATISFIED\"}");

		String json = getOk("requests/" + id + ".json?extensions=true", "requests.json");
		assertThat(JsonPath.<String>read(json, "$[0].status")).isEqualTo("closed");
		assertThat(JsonPath.<String>read(json, "$[0].status_notes")).isEqualTo("已排气，室温恢复到二十度");
		assertThat(JsonPath.<String>read(json, "$[0].extended_attributes.detailed_status")).isEqualTo("closed");
		assertThat(JsonPath.<List<String>>read(json, "$[0].extended_attributes.notes[*].description")).containsExactly(
				"已受理", "已派单至承办单位", "承办单位已签收", "承办单位已联系诉求人", "已排气，室温恢复到二十度", "已回访", "已办结");
		assertThat(json).doesNotContain("脾气急", "热力集团承办人");
		String plain = getOk("requests/" + id + ".json", "requests.json");
		assertThat(JsonPath.<Map<String, Object>>read(plain, "$[0]")).doesNotContainKey("extended_attributes");

		String xml = getOk("requests.xml?service_request_id=" + id + "&extensions=true", null);
		assertThat(count(xml, "/service_requests/request/extended_attributes/notes/note")).isEqualTo(7);
		assertThat(xpath(xml, "/service_requests/request/status_notes")).isEqualTo("已排气，室温恢复到二十度");

		String updates = getOk("servicerequestupdates.json", null);
		assertThat(JsonPath.<List<String>>read(updates, "$[?(@.service_request_id == '" + id + "')].description"))
			.containsExactly("已受理", "已派单至承办单位", "承办单位已签收", "承办单位已联系诉求人", "已排气，室温恢复到二十度", "已回访",
					"已办结");
		String updatesXml = getOk("servicerequestupdates.xml?start_date=2010-01-01T00:00:00Z", null);
		assertThat(count(updatesXml, "/service_request_updates/request_update[service_request_id='" + id + "']"))
			.isEqualTo(7);
		assertThat(JsonPath.<List<Object>>read(getOk("servicerequestupdates.json?start_date=2010-01-01&end_date=2010-01-02",
				null), "$")).isEmpty();
	}

	void act(String user, long orderId, String action, String body) throws Exception {
		mvc.perform(post("/api/work-orders/" + orderId + "/" + action).header("X-Api-Key", "demo-" + user)
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
	}
}
