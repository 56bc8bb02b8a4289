package org.whistle.catalog.rule;

import java.time.Instant;

import org.whistle.catalog.RuleRef;

/**
 * One version of a rule, valid from {@code validFrom} until {@code supersededAt} (exclusive):
 * until the next version replaced it or the rule was deactivated; {@code null} while current.
 */
public record RuleVersion(long ruleId, int version, RuleTerms terms, Instant validFrom, Instant supersededAt,
		String changedBy) {

	public RuleRef ref() {
		return new RuleRef(ruleId, version);
	}

	public boolean isCurrent() {
		return supersededAt == null;
	}

	public boolean isValidAt(Instant at) {
		return !validFrom.isAfter(at) && (supersededAt == null || supersededAt.isAfter(at));
	}
}
