package org.whistle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class ScoringRulesTest {

	static Tally callbacks(long callbacks, long contactedInTime, long solved, long satisfied, long basically) {
		return new Tally(callbacks, callbacks, 0, contactedInTime, 0, 0, 0, 0, callbacks, contactedInTime, solved,
				satisfied, basically);
	}

	@Test
	void the_three_rates_count_among_valid_callbacks_and_basically_satisfied_counts_nine_tenths() {
		// 20 callbacks: 18 contacted in time, 15 solved, 12 satisfied and 5 basically satisfied.
		Rates rates = ScoringRules.DEFAULT.rates(callbacks(20, 18, 15, 12, 5));

		assertThat(rates.response()).isEqualByComparingTo("90.00");
		assertThat(rates.resolution()).isEqualByComparingTo("75.00");
		assertThat(rates.satisfaction()).isEqualByComparingTo("82.50"); // (12 + 0.9 × 5) / 20
		assertThat(rates.composite()).isEqualByComparingTo("79.50"); // 0.1 × 90 + 0.5 × 75 + 0.4 × 82.5
	}

	@Test
	void the_composite_is_weighed_from_the_rates_as_published_with_two_decimals() {
		// 3 callbacks: 66.67, 33.33, (1 + 0.9) / 3 = 63.33; 6.667 + 16.665 + 25.332 = 48.664
		Rates rates = ScoringRules.DEFAULT.rates(callbacks(3, 2, 1, 1, 1));

		assertThat(rates.response()).isEqualByComparingTo("66.67");
		assertThat(rates.resolution()).isEqualByComparingTo("33.33");
		assertThat(rates.satisfaction()).isEqualByComparingTo("63.33");
		assertThat(rates.composite()).isEqualByComparingTo("48.66");
	}

	@Test
	void weights_and_the_basically_satisfied_factor_are_configuration() {
		var rules = new ScoringRules(new ScoringRules.Weights(new BigDecimal("0.3"), new BigDecimal("0.35"),
				new BigDecimal("0.35")), new BigDecimal("0.8"), List.of(new BigDecimal("90")));

		Rates rates = rules.rates(callbacks(20, 18, 15, 12, 5));

		assertThat(rates.satisfaction()).isEqualByComparingTo("80.00"); // (12 + 0.8 × 5) / 20
		assertThat(rates.composite()).isEqualByComparingTo("81.25"); // 27 + 26.25 + 28
	}

	@Test
	void a_unit_without_valid_callbacks_has_no_rates() {
		assertThat(ScoringRules.DEFAULT.rates(Tally.EMPTY)).isEqualTo(Rates.NONE);
	}

	@Test
	void weights_that_do_not_add_up_to_one_are_refused() {
		assertThatThrownBy(() -> new ScoringRules(new ScoringRules.Weights(new BigDecimal("0.2"),
				new BigDecimal("0.5"), new BigDecimal("0.4")), new BigDecimal("0.9"), List.of()))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 1");
	}

	@Test
	void tiers_are_opened_by_their_lowest_composite() {
		assertThat(ScoringRules.DEFAULT.tier(new BigDecimal("95.00"))).isEqualTo(1);
		assertThat(ScoringRules.DEFAULT.tier(new BigDecimal("94.99"))).isEqualTo(2);
		assertThat(ScoringRules.DEFAULT.tier(new BigDecimal("80.00"))).isEqualTo(3);
		assertThat(ScoringRules.DEFAULT.tier(new BigDecimal("79.99"))).isEqualTo(4);
		assertThat(ScoringRules.DEFAULT.tier(null)).isZero();
	}
}
