package org.whistle.scorecard;

import java.util.Locale;

import org.whistle.city.UnitKind;

/**
 * What is ranked. A district is ranked on every dispatched order reported in its territory
 * (被反映区), whoever handled it; the other levels rank the lead units of that kind on their own
 * orders.
 */
public enum Level {
	DISTRICT(UnitKind.DISTRICT), STREET(UnitKind.STREET), COMMUNITY(UnitKind.COMMUNITY),
	DEPARTMENT(UnitKind.DEPARTMENT), COMPANY(UnitKind.COMPANY);

	private final UnitKind kind;

	Level(UnitKind kind) {
		this.kind = kind;
	}

	public UnitKind kind() {
		return kind;
	}

	public String param() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** {@code street}, {@code STREET} … */
	public static Level parse(String text) {
		try {
			return valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException e) {
			throw new IllegalArgumentException("level must be one of district, street, community, department, company: "
					+ text);
		}
	}
}
