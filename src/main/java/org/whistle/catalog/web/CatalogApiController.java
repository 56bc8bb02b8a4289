package org.whistle.catalog.web;

import java.time.Instant;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.catalog.rule.RuleTerms;
import org.whistle.catalog.rule.RuleVersion;
import org.whistle.catalog.rule.Rules;
import org.whistle.catalog.rule.TimeLimits;
import org.whistle.city.UnitKind;

/** The active taxonomy and the current rules, for dispatch screens and other systems. */
@RestController
@RequestMapping("/api/catalog")
@PreAuthorize("isAuthenticated()")
class CatalogApiController {

	private final Catalog catalog;

	private final Rules rules;

	CatalogApiController(Catalog catalog, Rules rules) {
		this.catalog = catalog;
		this.rules = rules;
	}

	/** The active categories, of one level when {@code level} is given. */
	@GetMapping("/categories")
	List<CategoryJson> categories(@RequestParam(required = false) Integer level) {
		return catalog.categories().stream()
			.filter(category -> level == null || category.level() == level)
			.map(CategoryJson::of)
			.toList();
	}

	/** The rules in force; an empty limit means the configured default. */
	@GetMapping("/rules")
	List<RuleJson> rules() {
		return rules.latest().stream().filter(RuleVersion::isCurrent).map(RuleJson::of).toList();
	}

	record CategoryJson(String code, String name, int level, String parentCode) {

		static CategoryJson of(Category category) {
			return new CategoryJson(category.code(), category.name(), category.level(), category.parentCode());
		}
	}

	record RuleJson(long ruleId, int version, String categoryCode, String areaCode, UnitKind leadKind,
			String leadUnit, List<String> coUnits, TimeLimits limits, Instant validFrom) {

		static RuleJson of(RuleVersion version) {
			RuleTerms terms = version.terms();
			return new RuleJson(version.ruleId(), version.version(), terms.categoryCode(), terms.areaCode(),
					terms.lead().kind(), terms.lead().unitCode(), terms.coUnits(), terms.limits(), version.validFrom());
		}
	}
}
