package org.whistle.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.whistle.intake.photo.TestImages;

import com.jayway.jsonpath.JsonPath;

/** Photos through the REST API, on a real server so that Spring's multipart limits apply too. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class PhotoApiTests {

	static final String RADIATOR_LEAK = """
			{"channel":"APP","type":"REPORT","lat":39.95,"lon":116.40,"categoryCode":"010208",
			 "title":"暖气片漏水","content":"楼道暖气片接口漏水，地面结冰。"}
			""";

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	ResultActions as(String user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.header("X-Api-Key", "demo-" + user));
	}

	long heatingOrder() throws Exception {
		String json = as("operator", post("/api/requests").contentType(MediaType.APPLICATION_JSON).content(RADIATOR_LEAK))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(json, "$.id")).longValue();
	}

	ResultActions upload(String user, long order, MockMultipartFile... files) throws Exception {
		var request = multipart("/api/work-orders/{id}/photos", order);
		Arrays.stream(files).forEach(request::file);
		return as(user, request);
	}

	static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("file", name, MediaType.IMAGE_JPEG_VALUE, bytes);
	}

	@Test
	void a_photo_is_uploaded_listed_and_served_as_the_same_bytes() throws Exception {
		long order = heatingOrder();
		byte[] png = TestImages.png();
		String json = upload("operator", order, file("楼道 暖气.png", png))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$[0].orderId").value(order))
			.andExpect(jsonPath("$[0].filename").value("楼道 暖气.png"))
			.andExpect(jsonPath("$[0].mediaType").value("image/png"))
			.andExpect(jsonPath("$[0].size").value(png.length))
			.andReturn().getResponse().getContentAsString();
		long photo = ((Number) JsonPath.read(json, "$[0].id")).longValue();
		as("h-HEAT", get("/api/work-orders/{id}/photos", order))
			.andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(contains((int) photo)));
		byte[] served = as("h-HEAT", get("/api/work-orders/{id}/photos/{photo}", order, photo))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.IMAGE_PNG))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", allOf(startsWith("inline;"),
					containsString("filename*=UTF-8''%E6%A5%BC%E9%81%93%20%E6%9A%96%E6%B0%94.png"))))
			.andExpect(header().string("Cache-Control", "max-age=3600, private"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(served).isEqualTo(png);
	}

	@Test
	void a_handler_of_another_unit_neither_sees_nor_adds_photos() throws Exception {
		long order = heatingOrder();
		String json = upload("h-HEAT", order, file("a.jpg", TestImages.image("jpeg"))).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		long photo = ((Number) JsonPath.read(json, "$[0].id")).longValue();
		as("h-GAS", get("/api/work-orders/{id}/photos/{photo}", order, photo)).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		upload("h-GAS", order, file("b.png", TestImages.png())).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("No such work order"));
		as("h-GAS", get("/api/work-orders/{id}/photos", order)).andExpect(jsonPath("$").isEmpty());
		as("h-HEAT", get("/api/work-orders/{id}/photos", order)).andExpect(jsonPath("$.length()").value(1));
	}

	@Test
	void an_analyst_may_look_but_not_upload() throws Exception {
		long order = heatingOrder();
		upload("analyst", order, file("a.png", TestImages.png())).andExpect(status().isForbidden());
		as("analyst", get("/api/work-orders/{id}/photos", order)).andExpect(status().isOk());
	}

	@Test
	void an_html_page_named_as_a_jpeg_refuses_the_whole_upload() throws Exception {
		long order = heatingOrder();
		upload("operator", order, file("ok.png", TestImages.png()), file("photo.jpg", TestImages.HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("text/html")));
		as("operator", get("/api/work-orders/{id}/photos", order)).andExpect(jsonPath("$").isEmpty());
	}

	@Test
	void the_tenth_photo_of_an_order_is_refused() throws Exception {
		long order = heatingOrder();
		var nine = new MockMultipartFile[9];
		Arrays.setAll(nine, i -> file(i + ".png", TestImages.png()));
		upload("operator", order, nine).andExpect(status().isCreated()).andExpect(jsonPath("$.length()").value(9));
		upload("operator", order, file("10.png", TestImages.png())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("at most 9 photos")));
		as("operator", get("/api/work-orders/{id}/photos", order)).andExpect(jsonPath("$.length()").value(9));
	}

	@Test
	void uploads_racing_for_the_last_place_of_an_order_get_it_once() throws Exception {
		long order = heatingOrder();
		var eight = new MockMultipartFile[8];
		Arrays.setAll(eight, i -> file(i + ".png", TestImages.png()));
		upload("operator", order, eight).andExpect(status().isCreated());
		var pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> racers = Collections.nCopies(4, () -> upload("operator", order,
					file("last.png", TestImages.png())).andReturn().getResponse().getStatus());
			List<Integer> answers = new ArrayList<>();
			for (Future<Integer> answer : pool.invokeAll(racers)) {
				answers.add(answer.get());
			}
			assertThat(answers).containsOnlyOnce(201).allMatch(code -> code == 201 || code == 400 || code == 409);
		}
		finally {
			pool.shutdown();
		}
		as("operator", get("/api/work-orders/{id}/photos", order)).andExpect(jsonPath("$.length()").value(9));
	}

	@Test
	void a_photo_of_an_unknown_order_or_an_unknown_photo_is_not_found() throws Exception {
		long order = heatingOrder();
		as("operator", get("/api/work-orders/{id}/photos/{photo}", order, Long.MAX_VALUE))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.title").value("No such photo"));
		upload("operator", Long.MAX_VALUE, file("a.png", TestImages.png())).andExpect(status().isNotFound());
	}

	@Test
	void a_file_above_springs_multipart_limit_is_refused_as_too_large() throws Exception {
		long order = heatingOrder();
		String boundary = "photo-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 5_500_000 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/work-orders/" + order + "/photos"))
			.header("X-Api-Key", "demo-operator")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
	}
}
