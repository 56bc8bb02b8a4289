package org.whistle.catalog.rule;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.whistle.catalog.Assignment;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.catalog.ResponsibilityCatalog;
import org.whistle.city.Area;
import org.whistle.city.City;
import org.whistle.city.Location;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;

/** Reads the rule versions that may apply from the database (cached until a rule is edited, see {@link RuleRepository#candidates}). */
@Component
@EnableConfigurationProperties(CatalogDefaults.class)
class JdbcResponsibilityCatalog implements ResponsibilityCatalog {

	/** The place's governments in Chinese, for the reason stored with an order. */
	private static final Map<UnitKind, String> PLACE_GOVERNMENT = Map.of(UnitKind.DISTRICT, "属地区政府", UnitKind.STREET,
			"属地街道（乡镇）", UnitKind.COMMUNITY, "属地社区（村）");

	private final RuleRepository rules;

	private final Catalog catalog;

	private final City city;

	private final Units units;

	private final CatalogDefaults defaults;

	JdbcResponsibilityCatalog(RuleRepository rules, Catalog catalog, City city, Units units, CatalogDefaults defaults) {
		this.rules = rules;
		this.catalog = catalog;
		this.city = city;
		this.units = units;
		this.defaults = defaults;
	}

	@Override
	public Assignment assign(String categoryCode, Location location, boolean urgent, Instant at) {
		List<Category> path = categoryCode == null ? List.of() : catalog.path(categoryCode);
		if (categoryCode != null && path.isEmpty()) {
			throw new IllegalArgumentException("Unknown category " + categoryCode);
		}
		List<String> categoryCodes = path.stream().map(Category::code).toList();
		List<String> areaCodes = location == null ? List.of()
				: Stream.of(location.street(), location.district()).filter(Objects::nonNull).map(Area::code).toList();
		Optional<RuleVersion> rule = RuleMatcher.mostSpecific(rules.candidates(at, categoryCodes, areaCodes),
				categoryCodes, location, at);
		Lead lead = rule.map(version -> version.terms().lead()).orElse(Lead.governmentOf(defaults.lead()));
		TimeLimits limits = rule.map(version -> version.terms().limits()).orElse(TimeLimits.DEFAULTS)
			.orElse(defaults.limits());
		Optional<Unit> leadUnit = leadUnit(lead, location);
		List<Unit> coUnits = rule.map(version -> version.terms().coUnits()).orElse(List.of()).stream()
			.map(units::byCode)
			.flatMap(Optional::stream)
			.toList();
		return new Assignment(rule.map(RuleVersion::ref), leadUnit, coUnits, limits.signForDue(urgent),
				limits.contactDue(urgent), limits.resolutionDue(urgent), reason(rule, path, lead, leadUnit));
	}

	/**
	 * A place's government at the lead's level, or the next one up when that level has none or the
	 * location is known only down to a street or district (its grid and community are null).
	 */
	private Optional<Unit> leadUnit(Lead lead, Location location) {
		if (!lead.isPlaceGovernment()) {
			return units.byCode(lead.unitCode());
		}
		if (location == null) {
			return Optional.empty();
		}
		Stream<Area> upwards = switch (lead.kind()) {
			case COMMUNITY -> Stream.of(location.community(), location.street(), location.district());
			case STREET -> Stream.of(location.street(), location.district());
			default -> Stream.of(location.district());
		};
		return upwards
			.filter(Objects::nonNull)
			.map(area -> units.governing(area.code()))
			.flatMap(Optional::stream)
			.findFirst();
	}

	private String reason(Optional<RuleVersion> rule, List<Category> path, Lead lead, Optional<Unit> leadUnit) {
		String to = leadUnit.map(Unit::name)
			.orElse(lead.isPlaceGovernment() ? PLACE_GOVERNMENT.get(lead.kind()) + "（未能确定单位）"
					: "单位 " + lead.unitCode() + " 不存在");
		if (rule.isEmpty()) {
			return "无匹配规则，按默认（" + PLACE_GOVERNMENT.get(lead.kind()) + "）→ " + to;
		}
		RuleTerms terms = rule.get().terms();
		String category = path.stream().filter(c -> c.code().equals(terms.categoryCode())).map(Category::name)
			.findFirst().orElse("全部分类");
		String area = terms.areaCode() == null ? "全市"
				: city.area(terms.areaCode()).map(Area::name).orElse(terms.areaCode());
		return "规则 " + rule.get().ref() + "：" + category + " @ " + area + " → " + to;
	}
}
