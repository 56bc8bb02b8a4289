package org.whistle.catalog.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.catalog.input.Violation;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;

/**
 * Turns a draft into the terms of a rule, or says what is wrong with it: the category must be
 * active, the area a district or street, the lead a place's government or a known unit, the
 * co-units known units other than the lead, and each limit a whole number in range.
 */
@Component
class RuleCheck {

	static final int MAX_HOURS = 720;

	static final int MAX_DAYS = 60;

	private final Catalog catalog;

	private final City city;

	private final Units units;

	RuleCheck(Catalog catalog, City city, Units units) {
		this.catalog = catalog;
		this.city = city;
		this.units = units;
	}

	/** The terms when {@code violations} is empty. */
	record Checked(RuleTerms terms, List<Violation> violations) {
	}

	/** What a rule covers, as a key: two active rules may not cover the same. */
	static String scope(RuleTerms terms) {
		return terms.categoryCode() + "@" + terms.areaCode();
	}

	Checked check(RuleDraft draft) {
		List<Violation> violations = new ArrayList<>();
		String category = category(blankToNull(draft.categoryCode()), violations);
		String area = area(blankToNull(draft.areaCode()), violations);
		Lead lead = lead(blankToNull(draft.leadKind()), blankToNull(draft.leadUnit()), violations);
		List<String> coUnits = coUnits(Objects.toString(draft.coUnits(), ""), lead, violations);
		TimeLimits limits = new TimeLimits(limit("signForHours", draft.signForHours(), MAX_HOURS, violations),
				limit("contactHours", draft.contactHours(), MAX_HOURS, violations),
				limit("resolutionDays", draft.resolutionDays(), MAX_DAYS, violations),
				limit("urgentSignForHours", draft.urgentSignForHours(), MAX_HOURS, violations),
				limit("urgentContactHours", draft.urgentContactHours(), MAX_HOURS, violations),
				limit("urgentResolutionHours", draft.urgentResolutionHours(), MAX_HOURS, violations));
		if (!violations.isEmpty()) {
			return new Checked(null, violations);
		}
		return new Checked(new RuleTerms(category, area, lead, coUnits, limits), List.of());
	}

	private String category(String code, List<Violation> violations) {
		if (code == null) {
			return null;
		}
		Category category = catalog.category(code).orElse(null);
		if (category == null) {
			violations.add(Violation.of("categoryCode", "catalog.error.unknownCategory", code));
		}
		else if (!category.active()) {
			violations.add(Violation.of("categoryCode", "catalog.error.inactiveCategory", code));
		}
		return code;
	}

	private String area(String code, List<Violation> violations) {
		if (code == null) {
			return null;
		}
		AreaLevel level = city.area(code).map(Area::level).orElse(null);
		if (level == null) {
			violations.add(Violation.of("areaCode", "catalog.error.unknownArea", code));
		}
		else if (level != AreaLevel.DISTRICT && level != AreaLevel.STREET) {
			violations.add(Violation.of("areaCode", "catalog.error.areaLevel", code));
		}
		return code;
	}

	private Lead lead(String kind, String unitCode, List<Violation> violations) {
		if ((kind == null) == (unitCode == null)) {
			violations.add(Violation.of("leadKind", "catalog.error.oneLead"));
			return null;
		}
		if (unitCode != null) {
			if (units.byCode(unitCode).isEmpty()) {
				violations.add(Violation.of("leadUnit", "catalog.error.unknownUnit", unitCode));
			}
			return Lead.unit(unitCode);
		}
		UnitKind placeKind = Arrays.stream(UnitKind.values())
			.filter(k -> Lead.PLACE_KINDS.contains(k) && k.name().equals(kind.toUpperCase(Locale.ROOT)))
			.findFirst()
			.orElse(null);
		if (placeKind == null) {
			violations.add(Violation.of("leadKind", "catalog.error.leadKind", kind));
			return null;
		}
		return Lead.governmentOf(placeKind);
	}

	private List<String> coUnits(String text, Lead lead, List<Violation> violations) {
		Set<String> codes = new LinkedHashSet<>();
		for (String code : text.strip().split("[\\s,;，；、]+")) {
			if (code.isEmpty()) {
				continue;
			}
			if (units.byCode(code).isEmpty()) {
				violations.add(Violation.of("coUnits", "catalog.error.unknownUnit", code));
			}
			else if (lead != null && code.equals(lead.unitCode())) {
				violations.add(Violation.of("coUnits", "catalog.error.coUnitIsLead", code));
			}
			codes.add(code);
		}
		return List.copyOf(codes);
	}

	private static Integer limit(String field, String text, int max, List<Violation> violations) {
		String value = blankToNull(text);
		if (value == null) {
			return null;
		}
		try {
			int limit = Integer.parseInt(value);
			if (limit >= 1 && limit <= max) {
				return limit;
			}
		}
		catch (NumberFormatException e) {
			// reported below like any other number out of range
		}
		violations.add(Violation.of(field, "catalog.error.limit", value, max));
		return null;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
