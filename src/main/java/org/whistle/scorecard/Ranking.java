package org.whistle.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranks units by composite, best first, with ties sharing a rank and the next rank skipping
 * (competition ranking 1, 2, 2, 4). Units without valid callbacks have no composite: they come
 * last, unranked (rank 0), by name.
 */
final class Ranking {

	private static final Comparator<UnitScore> ORDER = Comparator
		.comparing((UnitScore s) -> s.rates().composite(), Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(UnitScore::name)
		.thenComparing(UnitScore::key);

	private Ranking() {
	}

	static List<UnitScore> rank(List<UnitScore> scores, Map<String, BigDecimal> previousComposites, ScoringRules rules) {
		List<UnitScore> sorted = scores.stream().sorted(ORDER).toList();
		List<UnitScore> ranked = new ArrayList<>(sorted.size());
		BigDecimal last = null;
		int rank = 0;
		for (int i = 0; i < sorted.size(); i++) {
			UnitScore score = sorted.get(i);
			BigDecimal composite = score.rates().composite();
			if (composite != null && (last == null || composite.compareTo(last) != 0)) {
				rank = i + 1;
				last = composite;
			}
			BigDecimal previous = previousComposites.get(score.key());
			BigDecimal change = composite == null || previous == null ? null : composite.subtract(previous);
			ranked.add(score.ranked(composite == null ? 0 : rank, change, rules.tier(composite)));
		}
		return List.copyOf(ranked);
	}
}
