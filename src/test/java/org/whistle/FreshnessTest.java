package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FreshnessTest {

	private final Freshness freshness = new Freshness(Duration.ofHours(1));
	private final AtomicInteger refreshes = new AtomicInteger();

	@Test
	void a_new_copy_is_refreshed_at_once_and_then_not_within_the_interval() {
		freshness.ensure(refreshes::incrementAndGet);
		freshness.ensure(refreshes::incrementAndGet);
		assertThat(refreshes).hasValue(1);
	}

	@Test
	void a_change_made_here_refreshes_it_whatever_the_time() {
		freshness.ensure(refreshes::incrementAndGet);
		freshness.markStale();
		freshness.ensure(refreshes::incrementAndGet);
		assertThat(refreshes).hasValue(2);
	}

	@Test
	void a_failed_refresh_is_tried_again_by_the_next_call() {
		assertThatThrownBy(() -> freshness.ensure(() -> {
			throw new IllegalStateException("database down");
		})).hasMessage("database down");
		freshness.ensure(refreshes::incrementAndGet);
		assertThat(refreshes).hasValue(1);
	}

	@Test
	void after_the_interval_other_nodes_changes_are_asked_for() {
		Freshness often = new Freshness(Duration.ZERO);
		often.ensure(refreshes::incrementAndGet);
		often.ensure(refreshes::incrementAndGet);
		assertThat(refreshes).hasValue(2);
	}
}
