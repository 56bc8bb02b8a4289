package org.whistle.catalog.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.whistle.catalog.Category;
import org.whistle.catalog.category.Taxonomy;
import org.whistle.catalog.rule.CatalogDefaults;
import org.whistle.catalog.rule.RuleTerms;
import org.whistle.catalog.rule.RuleVersion;
import org.whistle.city.Area;
import org.whistle.city.City;
import org.whistle.city.Unit;
import org.whistle.city.Units;

/** Names the categories, areas and units of rule versions; a code that names nothing shows as itself. */
@Component
class RuleRows {

	private final Taxonomy taxonomy;

	private final City city;

	private final Units units;

	private final CatalogDefaults defaults;

	RuleRows(Taxonomy taxonomy, City city, Units units, CatalogDefaults defaults) {
		this.taxonomy = taxonomy;
		this.city = city;
		this.units = units;
		this.defaults = defaults;
	}

	List<RuleRow> of(List<RuleVersion> versions) {
		Map<String, Category> categories = taxonomy.all().stream()
			.collect(Collectors.toMap(Category::code, Function.identity()));
		Map<String, String> unitNames = units.all().stream().collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a));
		Map<String, String> areaNames = new HashMap<>();
		return versions.stream().map(version -> {
			RuleTerms terms = version.terms();
			String category = terms.categoryCode() == null ? null
					: terms.categoryCode() + " " + (categories.containsKey(terms.categoryCode())
							? categories.get(terms.categoryCode()).name() : "");
			String area = terms.areaCode() == null ? null : areaNames.computeIfAbsent(terms.areaCode(),
					code -> city.area(code).map(Area::name).orElse(code));
			String lead = terms.lead().isPlaceGovernment() ? null
					: unitNames.getOrDefault(terms.lead().unitCode(), terms.lead().unitCode());
			List<String> coUnits = terms.coUnits().stream().map(code -> unitNames.getOrDefault(code, code)).toList();
			return new RuleRow(version, category, area, lead, coUnits, terms.limits().orElse(defaults.limits()));
		}).toList();
	}
}
