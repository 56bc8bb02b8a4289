package org.whistle.catalog.rule;

import java.util.Set;

import org.whistle.city.UnitKind;

/**
 * Who leads (主办) orders a rule matches: either the government of the request's place at one
 * level (district, street office or community), or one named unit.
 */
public record Lead(UnitKind kind, String unitCode) {

	/** The kinds of unit that govern a place. */
	public static final Set<UnitKind> PLACE_KINDS = Set.of(UnitKind.DISTRICT, UnitKind.STREET, UnitKind.COMMUNITY);

	public Lead {
		if ((kind == null) == (unitCode == null) || (kind != null && !PLACE_KINDS.contains(kind))) {
			throw new IllegalArgumentException("a lead is a place's government or one unit: " + kind + ", " + unitCode);
		}
	}

	public static Lead governmentOf(UnitKind kind) {
		return new Lead(kind, null);
	}

	public static Lead unit(String code) {
		return new Lead(null, code);
	}

	public boolean isPlaceGovernment() {
		return kind != null;
	}
}
