package org.whistle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.workorder.Deadlines;
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

	@Test
	void an_order_registered_and_dispatched_in_one_transaction_gets_one_row_with_its_dispatch() {
		long orderId = System.currentTimeMillis() * 1_000 + 1;
		Instant at = Instant.parse("2026-06-11T02:00:00Z");
		var deadlines = new Deadlines(at.plus(Duration.ofHours(1)), at.plus(Duration.ofHours(2)), at.plus(Duration.ofDays(7)));
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new WorkOrderEvents.Registered(orderId, "F" + orderId, "01", null, false, at, "990101",
					"990101001"));
			events.publishEvent(new WorkOrderEvents.Dispatched(orderId, 7L, Set.of(), deadlines, at, null, null));
			assertThat(rows(orderId)).as("held until the commit or the next statement").isZero();
			events.publishEvent(new WorkOrderEvents.Signed(orderId, 7L, at.plus(Duration.ofMinutes(30))));
		});

		assertThat(rows(orderId)).isOne();
		assertThat(jdbc.sql("SELECT lead_unit_id, signed_on_time FROM scorecard_fact WHERE order_id = :id")
			.param("id", orderId).query((rs, n) -> rs.getLong(1) + "/" + rs.getBoolean(2)).single()).isEqualTo("7/true");
	}

	private long rows(long orderId) {
		return jdbc.sql("SELECT COUNT(*) FROM scorecard_fact WHERE order_id = :id").param("id", orderId)
			.query(Long.class).single();
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}
}
