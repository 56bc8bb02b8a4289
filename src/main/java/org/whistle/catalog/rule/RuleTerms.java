package org.whistle.catalog.rule;

import java.util.List;

/**
 * What one version of a rule says.
 *
 * @param categoryCode the category it covers with all below it; {@code null}: every category
 * @param areaCode the district or street it covers; {@code null}: the whole city
 * @param coUnits codes of the co-units (协办), in order
 */
public record RuleTerms(String categoryCode, String areaCode, Lead lead, List<String> coUnits, TimeLimits limits) {

	public RuleTerms {
		coUnits = List.copyOf(coUnits);
	}
}
