package org.whistle.catalog.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.whistle.catalog.SmallCatalog.DISTRICT;
import static org.whistle.catalog.SmallCatalog.HEATING;
import static org.whistle.catalog.SmallCatalog.OTHER_DISTRICT;
import static org.whistle.catalog.SmallCatalog.STREET;
import static org.whistle.catalog.SmallCatalog.URBAN;
import static org.whistle.catalog.SmallCatalog.WORKS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.whistle.catalog.RuleRef;
import org.whistle.catalog.SmallCatalog;
import org.whistle.city.Location;
import org.whistle.city.UnitKind;

class RuleMatcherTest {

	static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

	static final List<String> HEATING_PATH = List.of(URBAN, WORKS, HEATING);

	final Location location = new SmallCatalog().inCommunity();

	@Test
	void the_most_specific_rule_wins() {
		var rules = List.of(rule(1, null, null), rule(2, URBAN, null), rule(3, WORKS, null), rule(4, HEATING, null),
				rule(5, URBAN, STREET));

		assertThat(match(rules, HEATING_PATH, location)).contains(new RuleRef(4, 1));
		assertThat(match(rules, List.of(URBAN, WORKS), location)).contains(new RuleRef(3, 1));
		assertThat(match(rules, List.of(URBAN), location)).contains(new RuleRef(5, 1));
		assertThat(match(rules, List.of("04"), location)).contains(new RuleRef(1, 1));
	}

	@Test
	void a_deeper_category_beats_a_smaller_area() {
		var rules = List.of(rule(1, WORKS, STREET), rule(2, HEATING, null));

		assertThat(match(rules, HEATING_PATH, location)).contains(new RuleRef(2, 1));
	}

	@Test
	void a_rule_for_a_street_beats_one_for_its_district() {
		var rules = List.of(rule(1, HEATING, null), rule(2, HEATING, DISTRICT), rule(3, HEATING, STREET));

		assertThat(match(rules, HEATING_PATH, location)).contains(new RuleRef(3, 1));
		assertThat(match(rules, HEATING_PATH, new SmallCatalog().inOtherStreet())).contains(new RuleRef(2, 1));
	}

	@Test
	void a_rule_for_another_area_does_not_apply() {
		var rules = List.of(rule(1, HEATING, OTHER_DISTRICT));

		assertThat(match(rules, HEATING_PATH, location)).isEmpty();
	}

	@Test
	void rules_equal_in_specificity_go_to_the_lowest_rule_id() {
		var rules = List.of(rule(9, HEATING, STREET), rule(7, HEATING, STREET), rule(8, HEATING, STREET));

		assertThat(match(rules, HEATING_PATH, location)).contains(new RuleRef(7, 1));
	}

	@Test
	void an_edited_rule_applies_to_new_orders_only() {
		Instant edited = Instant.parse("2026-02-01T00:00:00Z");
		var first = new RuleVersion(1, 1, terms(HEATING, null), START, edited, "admin");
		var second = new RuleVersion(1, 2, terms(HEATING, STREET), edited, null, "admin");

		assertThat(match(List.of(first, second), HEATING_PATH, location, edited.minusMillis(1))).contains(new RuleRef(1, 1));
		assertThat(match(List.of(first, second), HEATING_PATH, location, edited)).contains(new RuleRef(1, 2));
	}

	@Test
	void a_deactivated_rule_no_longer_applies() {
		Instant ended = Instant.parse("2026-02-01T00:00:00Z");
		var rules = List.of(new RuleVersion(1, 1, terms(HEATING, null), START, ended, "admin"), rule(2, URBAN, null));

		assertThat(match(rules, HEATING_PATH, location, ended)).contains(new RuleRef(2, 1));
		assertThat(match(rules, HEATING_PATH, location, START)).contains(new RuleRef(1, 1));
	}

	@Test
	void an_unclassified_request_or_one_without_a_place_matches_only_rules_that_cover_it() {
		var rules = List.of(rule(1, URBAN, null), rule(2, null, STREET), rule(3, null, null));

		assertThat(match(rules, List.of(), location)).contains(new RuleRef(2, 1));
		assertThat(match(rules, List.of(), null)).contains(new RuleRef(3, 1));
		assertThat(match(rules, HEATING_PATH, null)).contains(new RuleRef(1, 1));
	}

	static RuleVersion rule(long id, String categoryCode, String areaCode) {
		return new RuleVersion(id, 1, terms(categoryCode, areaCode), START, null, "admin");
	}

	static RuleTerms terms(String categoryCode, String areaCode) {
		return new RuleTerms(categoryCode, areaCode, Lead.governmentOf(UnitKind.STREET), List.of(), TimeLimits.DEFAULTS);
	}

	static Optional<RuleRef> match(List<RuleVersion> rules, List<String> path, Location location) {
		return match(rules, path, location, NOW);
	}

	static Optional<RuleRef> match(List<RuleVersion> rules, List<String> path, Location location, Instant at) {
		return RuleMatcher.mostSpecific(rules, path, location, at).map(RuleVersion::ref);
	}
}
