package org.whistle.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.whistle.scorecard.Level;
import org.whistle.scorecard.Period;
import org.whistle.scorecard.Rates;
import org.whistle.scorecard.Scorecard;
import org.whistle.scorecard.Tally;
import org.whistle.scorecard.UnitScore;

class ChartsTest {

	private static Scorecard card(String month, String... composites) {
		List<UnitScore> units = java.util.Arrays.stream(composites)
			.map(c -> new UnitScore(c, null, c, c, Tally.EMPTY,
					new Rates(null, null, null, c == null ? null : new BigDecimal(c)), 0, null, 0))
			.toList();
		return new Scorecard(Period.month(YearMonth.parse(month)), Level.STREET, null, Optional.empty(), units);
	}

	@Test
	void the_distribution_counts_the_composites_of_each_band_and_leaves_out_units_without_one() {
		List<Charts.Bar> bars = Charts.distribution(card("2026-10", "55.00", "70.00", "84.99", "85.00", "95.00", "100.00"));

		assertThat(bars).extracting(Charts.Bar::label).containsExactly("<70", "70–80", "80–85", "85–90", "90–95", "95–100");
		assertThat(bars).extracting(Charts.Bar::count).containsExactly(1, 1, 1, 1, 0, 2);
	}

	@Test
	void the_trend_is_the_mean_composite_of_each_month_that_has_one() {
		List<Charts.Point> points = Charts.trend(List.of(card("2026-08", "80.00", "90.00"), card("2026-09"),
				card("2026-10", "99.99")));

		assertThat(points).extracting(Charts.Point::label).containsExactly("2026-08", "2026-10");
		assertThat(points).extracting(p -> p.value().toPlainString()).containsExactly("85.00", "99.99");
	}
}
