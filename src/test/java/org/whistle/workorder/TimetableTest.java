package org.whistle.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TimetableTest {

	private static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
	private static final Deadlines DEADLINES = new Deadlines(T0.plusSeconds(100), T0.plusSeconds(200),
			T0.plusSeconds(1000));
	private final Timetable timetable = Timetable.of(42, DEADLINES, T0, 0.8);

	@Test
	void the_first_look_is_the_earliest_warning() {
		assertThat(timetable.nextAfter(T0, EnumSet.allOf(Deadline.class))).contains(T0.plusSeconds(80));
	}

	@Test
	void a_deadline_is_checked_one_second_after_it_is_due() {
		assertThat(timetable.nextAfter(T0.plusSeconds(80), List.of(Deadline.SIGN))).contains(T0.plusSeconds(101));
	}

	@Test
	void a_deadline_whose_step_is_done_is_no_longer_watched() {
		assertThat(timetable.nextAfter(T0.plusSeconds(80), List.of(Deadline.RESOLVE))).contains(T0.plusSeconds(800));
		assertThat(timetable.nextAfter(T0.plusSeconds(80), List.of())).isEmpty();
	}

	@Test
	void a_warning_is_given_once_by_the_check_that_first_passes_it() {
		assertThat(timetable.warnsBy(Deadline.SIGN, T0.plusSeconds(80))).isTrue();
		Timetable checked = timetable.after(T0.plusSeconds(80), EnumSet.allOf(Deadline.class)).orElseThrow().timetable();
		assertThat(checked.warnsBy(Deadline.SIGN, T0.plusSeconds(90))).isFalse();
		assertThat(checked.warnsBy(Deadline.CONTACT, T0.plusSeconds(160))).isTrue();
	}

	@Test
	void no_warning_comes_for_a_deadline_already_due() {
		assertThat(timetable.warnsBy(Deadline.SIGN, T0.plusSeconds(150))).isFalse();
	}

	@Test
	void a_timetable_belongs_to_the_deadlines_it_was_set_for() {
		assertThat(timetable.isFor(new Deadlines(T0.plusSeconds(100).plusNanos(1_000), T0.plusSeconds(200),
				T0.plusSeconds(1000)))).as("stored with less precision").isTrue();
		assertThat(timetable.isFor(new Deadlines(T0.plusSeconds(100), T0.plusSeconds(200),
				T0.plusSeconds(1000).plus(Duration.ofDays(2))))).isFalse();
		assertThat(timetable.isFor(null)).isFalse();
	}

	@Test
	void one_timer_per_order_and_change_of_its_deadlines() {
		assertThat(timetable.timerId()).isEqualTo("42/" + T0.toEpochMilli());
	}
}
