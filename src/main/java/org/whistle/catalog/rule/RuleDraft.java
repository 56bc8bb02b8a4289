package org.whistle.catalog.rule;

import java.util.Objects;

/**
 * A rule as typed into the form or a row of the import file, not yet checked. Co-units are
 * unit codes separated by spaces, commas or semicolons; blank limits take the defaults.
 */
public record RuleDraft(String categoryCode, String areaCode, String leadKind, String leadUnit, String coUnits,
		String signForHours, String contactHours, String resolutionDays, String urgentSignForHours,
		String urgentContactHours, String urgentResolutionHours) {

	public static final RuleDraft EMPTY = new RuleDraft("", "", "", "", "", "", "", "", "", "", "");

	public static RuleDraft of(RuleTerms terms) {
		TimeLimits limits = terms.limits();
		return new RuleDraft(text(terms.categoryCode()), text(terms.areaCode()), text(terms.lead().kind()),
				text(terms.lead().unitCode()), String.join(" ", terms.coUnits()), text(limits.signForHours()),
				text(limits.contactHours()), text(limits.resolutionDays()), text(limits.urgentSignForHours()),
				text(limits.urgentContactHours()), text(limits.urgentResolutionHours()));
	}

	private static String text(Object value) {
		return Objects.toString(value, "");
	}
}
