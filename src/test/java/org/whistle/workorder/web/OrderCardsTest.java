package org.whistle.workorder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** 临期: when a deadline that is still to be met counts as near. */
class OrderCardsTest {

	static final Instant DUE = Instant.parse("2026-11-23T10:00:00Z");

	static final Duration TWO_HOURS = Duration.ofHours(2);

	@Test
	void a_deadline_is_near_once_the_last_fifth_of_its_time_limit_has_begun() {
		assertThat(OrderCards.near(DUE.minus(Duration.ofMinutes(25)), DUE, TWO_HOURS, 0.8)).isFalse();
		assertThat(OrderCards.near(DUE.minus(Duration.ofMinutes(24)), DUE, TWO_HOURS, 0.8)).isTrue();
		assertThat(OrderCards.near(DUE.minus(Duration.ofMinutes(1)), DUE, TWO_HOURS, 0.8)).isTrue();
	}

	@Test
	void an_extended_deadline_is_near_again_only_in_the_last_part_of_its_time_limit() {
		Instant extended = DUE.plus(Duration.ofDays(3));
		assertThat(OrderCards.near(DUE, extended, Duration.ofDays(7), 0.8)).isFalse();
		assertThat(OrderCards.near(extended.minus(Duration.ofDays(1)), extended, Duration.ofDays(7), 0.8)).isTrue();
	}

	@Test
	void the_warning_fraction_comes_from_configuration() {
		Instant now = DUE.minus(Duration.ofMinutes(50));
		assertThat(OrderCards.near(now, DUE, TWO_HOURS, 0.8)).isFalse();
		assertThat(OrderCards.near(now, DUE, TWO_HOURS, 0.5)).isTrue();
	}
}
