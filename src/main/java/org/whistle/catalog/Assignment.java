package org.whistle.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.whistle.city.Unit;

/**
 * Where the responsibility catalog sends a request and how long each step may take.
 *
 * @param rule the rule version that matched; empty when the configured defaults applied
 * @param lead the lead unit (主办); empty when none could be found, e.g. the rule names the
 *        place's street office but the request has no location: the order then waits for
 *        a dispatcher
 * @param coUnits the co-units (协办)
 * @param signForDue time to sign for the order (签收) after dispatch
 * @param contactDue time to first contact with the caller (响应)
 * @param resolutionDue time to resolve the request (解决) after dispatch
 * @param reason why, in Chinese words to keep with the order, e.g.
 *        {@code 规则 12 v2：冬季采暖 @ 全市 → 城市热力集团}
 */
public record Assignment(Optional<RuleRef> rule, Optional<Unit> lead, List<Unit> coUnits, Duration signForDue,
		Duration contactDue, Duration resolutionDue, String reason) {

	public Assignment {
		coUnits = List.copyOf(coUnits);
	}
}
