package org.whistle.catalog.rule;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.whistle.city.Area;
import org.whistle.city.Location;

/**
 * Picks the rule version that applies to a request: among the versions valid at the instant
 * whose category is the request's category or one above it, and whose area contains the
 * request's location, the most specific. Specificity compares the category's depth first
 * (level 3 &gt; 2 &gt; 1 &gt; every category), then the area's (street &gt; district &gt;
 * the whole city); the lowest rule id breaks a tie.
 */
final class RuleMatcher {

	private static final int NO_MATCH = -1;

	private RuleMatcher() {
	}

	/**
	 * @param categoryPath the codes of the request's category and its ancestors; empty when unclassified
	 * @param location the request's place, or {@code null}
	 */
	static Optional<RuleVersion> mostSpecific(Collection<RuleVersion> versions, List<String> categoryPath,
			Location location, Instant at) {
		Comparator<RuleVersion> specificity = Comparator
			.<RuleVersion>comparingInt(version -> categoryDepth(version.terms(), categoryPath))
			.thenComparingInt(version -> areaDepth(version.terms(), location))
			.thenComparing(Comparator.comparingLong(RuleVersion::ruleId).reversed());
		return versions.stream()
			.filter(version -> version.isValidAt(at))
			.filter(version -> categoryDepth(version.terms(), categoryPath) != NO_MATCH)
			.filter(version -> areaDepth(version.terms(), location) != NO_MATCH)
			.max(specificity);
	}

	private static int categoryDepth(RuleTerms terms, List<String> categoryPath) {
		if (terms.categoryCode() == null) {
			return 0;
		}
		return categoryPath.contains(terms.categoryCode()) ? terms.categoryCode().length() / 2 : NO_MATCH;
	}

	private static int areaDepth(RuleTerms terms, Location location) {
		if (terms.areaCode() == null) {
			return 0;
		}
		if (location != null && isArea(location.street(), terms.areaCode())) {
			return 2;
		}
		if (location != null && isArea(location.district(), terms.areaCode())) {
			return 1;
		}
		return NO_MATCH;
	}

	private static boolean isArea(Area area, String code) {
		return area != null && area.code().equals(code);
	}
}
