package org.whistle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

/**
 * Retries of one request with one Idempotency-Key that wait for the writers together end up in
 * one group: every one of them gets the one order, and only that order is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IdempotentRetriesTests {

	private static final int RETRIES = 6;

	@Autowired
	MockMvc mvc;

	@Autowired
	GroupCommit groups;

	@Autowired
	JdbcClient jdbc;

	@Test
	void retries_queued_together_all_get_the_one_order_and_only_it_is_stored() throws Exception {
		String key = UUID.randomUUID().toString();
		String title = "同时重试" + key.substring(0, 8);
		CountDownLatch release = new CountDownLatch(1);
		Set<Object> ids = new HashSet<>();
		try {
			holdEveryWriter(release);
			List<CompletableFuture<MockHttpServletResponse>> retries = new ArrayList<>();
			for (int i = 0; i < RETRIES; i++) {
				retries.add(CompletableFuture.supplyAsync(() -> register(title, key)));
			}
			while (groups.queued() < RETRIES) {
				Thread.sleep(10);
			}
			release.countDown();
			for (var retry : retries) {
				MockHttpServletResponse response = retry.get(30, TimeUnit.SECONDS);
				assertThat(response.getStatus()).isEqualTo(201);
				ids.add(JsonPath.read(response.getContentAsString(), "$.id"));
			}
		}
		finally {
			release.countDown();
		}
		assertThat(ids).hasSize(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM work_order WHERE title = :title").param("title", title)
			.query(Long.class).single()).isOne();
	}

	/**
	 * Keeps each writer busy until {@code release}, so that what comes meanwhile waits in the
	 * queue: one at a time, or the first writer would take them all into one group.
	 */
	private void holdEveryWriter(CountDownLatch release) throws InterruptedException {
		for (int i = 0; i < groups.writers(); i++) {
			CountDownLatch held = new CountDownLatch(1);
			CompletableFuture.runAsync(() -> groups.run(() -> {
				held.countDown();
				awaitQuietly(release);
				return null;
			}));
			assertThat(held.await(30, TimeUnit.SECONDS)).as("writer %d held", i).isTrue();
		}
	}

	private MockHttpServletResponse register(String title, String key) {
		try {
			return mvc.perform(post("/api/requests").header("X-Api-Key", "demo-operator")
				.header("Idempotency-Key", key)
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"channel":"PHONE","type":"COMPLAINT","callerName":"王小明","callerPhone":"13812345678",
						 "address":"兰台社区3号楼","lat":39.95,"lon":116.40,"categoryCode":"010208",
						 "title":"%s","content":"3号楼暖气一直不热。","urgency":"NORMAL"}
						""".formatted(title)))
				.andReturn()
				.getResponse();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void awaitQuietly(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
