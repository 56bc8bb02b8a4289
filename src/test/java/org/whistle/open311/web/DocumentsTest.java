package org.whistle.open311.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DocumentsTest {

	private final Documents documents = new Documents(ZoneId.of("Asia/Shanghai"));

	private String write(Format format, String root, Object document) {
		return new String(documents.write(format, root, document), StandardCharsets.UTF_8);
	}

	private static Map<String, Object> request(String id, String description) {
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("service_request_id", id);
		request.put("description", description);
		request.put("status_notes", null);
		request.put("requested_datetime", Instant.parse("2026-11-22T01:02:03.456Z"));
		return request;
	}

	@Test
	void a_list_is_an_array_in_json_and_repeated_elements_in_xml() {
		Items items = new Items("request", List.of(request("1", "a"), request("2", "b")));
		assertThat(write(Format.JSON, "service_requests", items)).isEqualTo("[{\"service_request_id\":\"1\","
				+ "\"description\":\"a\",\"status_notes\":null,\"requested_datetime\":\"2026-11-22T09:02:03+08:00\"},"
				+ "{\"service_request_id\":\"2\",\"description\":\"b\",\"status_notes\":null,"
				+ "\"requested_datetime\":\"2026-11-22T09:02:03+08:00\"}]");
		assertThat(write(Format.XML, "service_requests", items)).isEqualTo("<?xml version='1.0' encoding='UTF-8'?>"
				+ "<service_requests><request><service_request_id>1</service_request_id><description>a</description>"
				+ "<status_notes/><requested_datetime>2026-11-22T09:02:03+08:00</requested_datetime></request>"
				+ "<request><service_request_id>2</service_request_id><description>b</description><status_notes/>"
				+ "<requested_datetime>2026-11-22T09:02:03+08:00</requested_datetime></request></service_requests>");
	}

	@Test
	void an_empty_list_is_an_empty_array_and_an_empty_root_element() {
		Items none = new Items("request", List.of());
		assertThat(write(Format.JSON, "service_requests", none)).isEqualTo("[]");
		assertThat(write(Format.XML, "service_requests", none))
			.isEqualTo("<?xml version='1.0' encoding='UTF-8'?><service_requests/>");
	}

	@Test
	void a_nested_list_is_wrapped_by_its_field_in_xml() {
		Map<String, Object> definition = new LinkedHashMap<>();
		definition.put("service_code", "010208");
		definition.put("attributes", new Items("attribute", List.of(Map.of("code", "urgent"))));
		assertThat(write(Format.XML, "service_definition", definition)).endsWith("<service_definition>"
				+ "<service_code>010208</service_code><attributes><attribute><code>urgent</code></attribute>"
				+ "</attributes></service_definition>");
		assertThat(write(Format.JSON, "service_definition", definition))
			.isEqualTo("{\"service_code\":\"010208\",\"attributes\":[{\"code\":\"urgent\"}]}");
	}

	@Test
	void markup_is_escaped_and_characters_xml_cannot_carry_are_replaced() {
		Items items = new Items("request", List.of(request("1", "<script>alert(1)</script> & \u0001")));
		String xml = write(Format.XML, "service_requests", items);
		assertThat(xml).contains("<description>&lt;script>alert(1)&lt;/script> &amp; \uFFFD</description>");
		assertThat(write(Format.JSON, "service_requests", items)).contains("\"<script>alert(1)</script> & \\u0001\"");
	}
}
