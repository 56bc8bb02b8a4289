package org.whistle.scorecard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ranking of one level for one period, optionally for one top-level category (分类).
 *
 * @param publication the published version it was read from; empty while the period is live
 */
public record Scorecard(Period period, Level level, String category, Optional<Publication> publication,
		List<UnitScore> units) {

	public record Publication(int version, Instant at, String by, String reason) {
	}

	public Optional<UnitScore> unit(String key) {
		return units.stream().filter(u -> u.key().equals(key)).findFirst();
	}
}
