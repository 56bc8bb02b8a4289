package org.whistle.routing;

import java.util.List;
import java.util.Optional;

import org.whistle.catalog.RuleRef;
import org.whistle.city.Unit;

/**
 * The units the responsibility catalog names for a category at a place, and why.
 *
 * @param lead the lead unit (主办); empty when the catalog cannot name one (e.g. no place yet)
 * @param reason the catalog's rule and the place it was applied to, in words, e.g.
 *        {@code 规则 12 v1：冬季采暖 @ 全市 → 城市热力集团；地点：安平北里（安平社区 · 安平街道 · 青河区）}
 */
public record UnitGuess(Optional<Unit> lead, List<Unit> coUnits, String reason, Optional<RuleRef> rule) {

	public UnitGuess {
		coUnits = List.copyOf(coUnits);
	}
}
