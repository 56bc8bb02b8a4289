package org.whistle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RankingTest {

	private static UnitScore unit(String key, String composite) {
		Rates rates = composite == null ? Rates.NONE : new Rates(null, null, null, new BigDecimal(composite));
		return new UnitScore(key, null, key, "unit " + key, Tally.EMPTY, rates, 0, null, 0);
	}

	@Test
	void ties_share_a_rank_and_the_next_rank_skips() {
		List<UnitScore> ranked = Ranking.rank(List.of(unit("a", "80.00"), unit("b", "85.00"), unit("c", "90.00"),
				unit("d", "85.00"), unit("e", null)), Map.of(), ScoringRules.DEFAULT);

		assertThat(ranked).extracting(UnitScore::key).containsExactly("c", "b", "d", "a", "e");
		assertThat(ranked).extracting(UnitScore::rank).containsExactly(1, 2, 2, 4, 0);
	}

	@Test
	void the_change_is_against_the_previous_composite_when_both_exist() {
		List<UnitScore> ranked = Ranking.rank(List.of(unit("a", "80.00"), unit("b", "85.50")),
				Map.of("a", new BigDecimal("82.25")), ScoringRules.DEFAULT);

		assertThat(ranked.get(0).change()).isNull();
		assertThat(ranked.get(1).change()).isEqualByComparingTo("-2.25");
	}
}
