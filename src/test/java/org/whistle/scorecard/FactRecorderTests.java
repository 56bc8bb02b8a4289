package org.whistle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.workorder.WorkOrderEvents;

/** The fact row of an order is written once, in the transaction of the order's registration. */
@SpringBootTest
class FactRecorderTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_registration_handled_twice_leaves_one_fact_row_as_first_recorded() {
		long orderId = System.currentTimeMillis() * 1_000;
		Instant at = Instant.parse("2026-06-10T02:00:00Z");
		publish(new WorkOrderEvents.Registered(orderId, "F" + orderId, "01", null, false, at, "990101", "990101001"));
		publish(new WorkOrderEvents.Registered(orderId, "F" + orderId, "04", null, false, at, "990102", "990102001"));

		assertThat(jdbc.sql("SELECT category_code FROM scorecard_fact WHERE order_id = :id").param("id", orderId)
			.query(String.class).list()).containsExactly("01");
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}
}
