package org.whistle.catalog.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whistle.catalog.SmallCatalog;
import org.whistle.catalog.input.Violation;
import org.whistle.city.UnitKind;

class RuleCheckTest {

	final SmallCatalog city = new SmallCatalog();

	final RuleCheck check = new RuleCheck(city, city, city);

	@Test
	void a_valid_draft_becomes_terms_with_blank_limits_left_to_the_defaults() {
		var checked = check.check(new RuleDraft(" 010208 ", "", "", "HEAT", "CGW，ZJW; CGW", "", "12", "3", "", "", "24"));

		assertThat(checked.violations()).isEmpty();
		assertThat(checked.terms()).isEqualTo(new RuleTerms("010208", null, Lead.unit("HEAT"),
				List.of("CGW", "ZJW"), new TimeLimits(null, 12, 3, null, null, 24)));
	}

	@Test
	void each_field_is_checked_and_named() {
		var checked = check.check(new RuleDraft("99", "990101001001", "street", "", "HEAT", "0", "x", "61", "721",
				"", ""));

		assertThat(checked.terms()).isNull();
		assertThat(checked.violations()).extracting(Violation::field, Violation::code).containsExactly(
				tuple("categoryCode", "catalog.error.unknownCategory"),
				tuple("areaCode", "catalog.error.areaLevel"),
				tuple("signForHours", "catalog.error.limit"),
				tuple("contactHours", "catalog.error.limit"),
				tuple("resolutionDays", "catalog.error.limit"),
				tuple("urgentSignForHours", "catalog.error.limit"));
	}

	@Test
	void a_lead_is_a_place_government_or_one_unit_never_both_and_never_a_co_unit() {
		assertThat(check.check(draft("STREET", "HEAT", "")).violations()).extracting(Violation::code)
			.containsExactly("catalog.error.oneLead");
		assertThat(check.check(draft("", "", "")).violations()).extracting(Violation::code)
			.containsExactly("catalog.error.oneLead");
		assertThat(check.check(draft("DEPARTMENT", "", "")).violations()).extracting(Violation::code)
			.containsExactly("catalog.error.leadKind");
		assertThat(check.check(draft("", "HEAT", "HEAT")).violations()).extracting(Violation::code)
			.containsExactly("catalog.error.coUnitIsLead");
		assertThat(check.check(draft("community", "", "")).terms().lead()).isEqualTo(Lead.governmentOf(UnitKind.COMMUNITY));
	}

	@Test
	void missing_limits_take_the_defaults_and_urgent_resolution_counts_in_hours() {
		var limits = new TimeLimits(null, 12, null, null, null, 24).orElse(new TimeLimits(2, 24, 7, 1, 2, 48));

		assertThat(limits.signForDue(false)).isEqualTo(Duration.ofHours(2));
		assertThat(limits.contactDue(false)).isEqualTo(Duration.ofHours(12));
		assertThat(limits.resolutionDue(false)).isEqualTo(Duration.ofDays(7));
		assertThat(limits.resolutionDue(true)).isEqualTo(Duration.ofHours(24));
	}

	static RuleDraft draft(String leadKind, String leadUnit, String coUnits) {
		return new RuleDraft("", "", leadKind, leadUnit, coUnits, "", "", "", "", "", "");
	}
}
