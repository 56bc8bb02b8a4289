package org.whistle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PeriodTest {

	@Test
	void a_month_a_quarter_and_a_year_are_read_and_written_the_same_way() {
		assertThat(Period.parse("2026-10")).isEqualTo(Period.month(YearMonth.of(2026, 10)));
		assertThat(Period.parse("2026-Q4")).isEqualTo(new Period(YearMonth.of(2026, 10), YearMonth.of(2026, 12)));
		assertThat(Period.parse("2026").months()).isEqualTo(12);
		assertThat(Period.parse("2026-Q4")).hasToString("2026-Q4");
		assertThat(Period.parse("2026")).hasToString("2026");
	}

	@Test
	void the_previous_period_has_the_same_length() {
		assertThat(Period.parse("2026-01").previous()).hasToString("2025-12");
		assertThat(Period.parse("2026-Q1").previous()).hasToString("2025-Q4");
		assertThat(Period.parse("2026").previous()).hasToString("2025");
	}

	@Test
	void anything_else_is_refused() {
		assertThatThrownBy(() -> Period.parse("October")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Period.parse("2026-13")).isInstanceOf(IllegalArgumentException.class);
	}
}
