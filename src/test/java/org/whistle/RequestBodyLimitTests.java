package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Bodies sent in chunks, without a Content-Length, are held to the same limit as the others. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RequestBodyLimitTests {

	private static final String REQUEST = """
			{"channel":"APP","type":"REPORT","lat":39.95,"lon":116.40,"categoryCode":"010208",
			 "title":"暖气片漏水","content":"%s"}
			""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private HttpResponse<String> postChunked(String content) throws Exception {
		byte[] body = REQUEST.formatted(content).getBytes(StandardCharsets.UTF_8);
		return HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/requests"))
			.header("X-Api-Key", "demo-operator")
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long orders() {
		return jdbc.sql("SELECT COUNT(*) FROM work_order").query(Long.class).single();
	}

	@Test
	void an_oversize_body_in_chunks_is_refused_with_413_and_registers_nothing() throws Exception {
		long before = orders();
		HttpResponse<String> response = postChunked("漏水".repeat(40_000));
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(orders()).isEqualTo(before);
	}

	@Test
	void a_small_body_in_chunks_is_read_as_usual() throws Exception {
		HttpResponse<String> response = postChunked("楼道暖气片接口漏水，地面结冰。");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		assertThat(response.body()).contains("\"orderNo\"");
	}
}
