package org.whistle.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Authenticating a key never holds one pooled connection while waiting for another. */
@SpringBootTest(properties = { "spring.datasource.hikari.maximum-pool-size=2",
		"spring.datasource.hikari.connection-timeout=1000" })
@AutoConfigureMockMvc
class ApiKeysUnderLoadTests {

	@Autowired
	MockMvc mvc;

	@Test
	void many_systems_calling_at_once_do_not_starve_a_small_connection_pool() throws Exception {
		Callable<Integer> call = () -> mvc.perform(get("/api/me").header("X-Api-Key", "demo-operator"))
			.andReturn().getResponse().getStatus();
		var pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 120; i++) {
				calls.add(pool.submit(call));
			}
			for (Future<Integer> status : calls) {
				assertThat(status.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdown();
		}
	}
}
