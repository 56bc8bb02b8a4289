package org.whistle.scorecard;

import java.math.BigDecimal;

/**
 * One unit's line of a scorecard.
 *
 * @param key what the facts are grouped by: the unit's id, or the district's area code
 * @param unitId the unit (for a district: its government), null when the city has none
 * @param code the unit's code, or the district's area code
 * @param rank competition rank by composite (1, 2, 2, 4); 0 without valid callbacks
 * @param change the composite minus the previous period's; null when either is missing
 * @param tier 分档, 1 = best; 0 without a composite
 */
public record UnitScore(String key, Long unitId, String code, String name, Tally tally, Rates rates, int rank, BigDecimal change,
		int tier) {

	UnitScore ranked(int newRank, BigDecimal newChange, int newTier) {
		return new UnitScore(key, unitId, code, name, tally, rates, newRank, newChange, newTier);
	}
}
