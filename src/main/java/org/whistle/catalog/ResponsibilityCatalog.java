package org.whistle.catalog;

import java.time.Instant;

import org.whistle.city.Location;

/**
 * The responsibility catalog (派单目录): rules that map a category and a place to the lead
 * unit, the co-units and the time limits of an order.
 * <p>
 * A rule names a category of any level (or none: every category) and a district or street
 * (or none: the whole city); it applies to a request whose category is that category or
 * below it and whose location lies in that area. <b>The most specific rule wins</b>: the
 * deeper category first (level 3 beats 2 beats 1 beats none), then the smaller area (street
 * beats district beats the whole city), and among rules equal in both the lowest rule id.
 * When no rule applies, the configured defaults do ({@code whistle.catalog.defaults.*}).
 * <p>
 * Rules are versioned: an edit starts a new version and ends the old one, so matching at an
 * instant uses the versions valid then, and an order keeps the limits it was given.
 */
public interface ResponsibilityCatalog {

	/**
	 * @param categoryCode the request's category, of any level; {@code null} when unclassified
	 * @param location where the request is; {@code null} when it has no place. Its grid and community
	 *        may be null when only the street or the district is known: a place government below
	 *        what is known is then replaced by the one above it
	 * @param urgent whether the urgent time limits apply
	 * @param at the instant whose rule versions apply, normally when the request came in
	 * @throws IllegalArgumentException for an unknown category code
	 */
	Assignment assign(String categoryCode, Location location, boolean urgent, Instant at);
}
