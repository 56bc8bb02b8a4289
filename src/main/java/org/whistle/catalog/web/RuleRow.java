package org.whistle.catalog.web;

import java.util.List;

import org.whistle.catalog.rule.RuleVersion;
import org.whistle.catalog.rule.TimeLimits;

/**
 * A rule version with the names of what it refers to, for the pages; a {@code null} category
 * or area means every category or the whole city, a {@code null} lead unit the place's
 * government at the version's lead kind. The limits have the defaults filled in.
 */
record RuleRow(RuleVersion version, String category, String area, String leadUnit, List<String> coUnits,
		TimeLimits limits) {
}
