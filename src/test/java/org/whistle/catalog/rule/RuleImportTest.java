package org.whistle.catalog.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.whistle.catalog.SmallCatalog.HEATING;
import static org.whistle.catalog.SmallCatalog.STREET;
import static org.whistle.catalog.SmallCatalog.WATER;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whistle.catalog.SmallCatalog;
import org.whistle.catalog.input.CsvFiles;
import org.whistle.catalog.input.CsvTable;
import org.whistle.catalog.input.RowViolation;
import org.whistle.city.UnitKind;

class RuleImportTest {

	static final String HEADER = "rule_id,version,category_code,area_code,lead_kind,lead_unit,co_units,sign_for_hours,"
			+ "contact_hours,resolution_days,urgent_sign_for_hours,urgent_contact_hours,urgent_resolution_hours,active\n";

	static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	final SmallCatalog city = new SmallCatalog();

	final RuleCheck check = new RuleCheck(city, city, city);

	final RuleVersion heating = new RuleVersion(1, 3, new RuleTerms(HEATING, null, Lead.unit("HEAT"), List.of("CGW"),
			new TimeLimits(null, 12, 3, 1, 2, 24)), START, null, "admin");

	final RuleVersion water = new RuleVersion(2, 1, new RuleTerms(WATER, null, Lead.unit("WATER"), List.of(),
			TimeLimits.DEFAULTS), START, null, "admin");

	@Test
	void a_malformed_import_is_rejected_whole_with_row_numbers() {
		var plan = plan("""
				,,010208,990101001,,HEAT,,,,,,,,
				1,3,010208,,,HEAT,CGW,,12,3,1,2,24,true
				,,0102,,GRID,,,,,,,,,
				,,04,,,XYZ,ABC,0,,,,,,
				77,,04,,STREET,,,,,,,,,
				,,0199,990101001001,STREET,HEAT,,,,,,,,maybe
				""");

		assertThat(plan.violations()).extracting(RowViolation::row, v -> v.violation().code()).containsExactly(
				tuple(4, "catalog.error.leadKind"),
				tuple(5, "catalog.error.unknownUnit"),
				tuple(5, "catalog.error.unknownUnit"),
				tuple(5, "catalog.error.limit"),
				tuple(6, "catalog.error.unknownRule"),
				tuple(7, "catalog.error.boolean"),
				tuple(7, "catalog.error.inactiveCategory"),
				tuple(7, "catalog.error.areaLevel"),
				tuple(7, "catalog.error.oneLead"));
		assertThat(plan.violations().get(1).violation().args()).containsExactly("XYZ");
		assertThat(plan.created()).isEmpty();
		assertThat(plan.replaced()).isEmpty();
	}

	@Test
	void rows_create_rules_give_changed_rules_a_new_version_and_end_inactive_ones() {
		var plan = plan("""
				,,010208,990101001,STREET,,HEAT,,,,,,,
				1,3,010208,,,HEAT,CGW,,12,3,1,2,24,true
				2,1,010216,,,WATER,CGW,,,,,,,
				""");

		assertThat(plan.violations()).isEmpty();
		assertThat(plan.created()).singleElement().satisfies(terms -> {
			assertThat(terms.areaCode()).isEqualTo(STREET);
			assertThat(terms.lead()).isEqualTo(Lead.governmentOf(UnitKind.STREET));
			assertThat(terms.coUnits()).containsExactly("HEAT");
		});
		assertThat(plan.replaced()).containsOnlyKeys(water);
		assertThat(plan.replaced().get(water).coUnits()).containsExactly("CGW");
		assertThat(plan.unchanged()).isEqualTo(1);

		var ending = plan("2,1,010216,,,WATER,,,,,,,,false\n");
		assertThat(ending.ended()).containsExactly(water);
	}

	@Test
	void two_active_rules_may_not_cover_the_same_category_and_area() {
		var plan = plan("""
				,,010208,,,WATER,,,,,,,,
				,,010216,990101,DISTRICT,,,,,,,,,
				,,010216,990101,STREET,,,,,,,,,
				""");

		assertThat(plan.violations()).extracting(RowViolation::row, v -> v.violation().code()).containsExactly(
				tuple(2, "catalog.error.duplicateRule"),
				tuple(3, "catalog.error.duplicateRow"),
				tuple(4, "catalog.error.duplicateRow"));
		assertThat(plan.violations().get(0).violation().args()).containsExactly("1");
	}

	@Test
	void a_file_without_the_required_columns_is_rejected() {
		CsvTable table = CsvFiles.read(bytes("rule_id,category_code\n1,010208\n"), RuleImport.COLUMNS);

		assertThat(table.violations()).extracting(RowViolation::row).containsOnly(1);
		assertThat(table.violations()).hasSize(RuleImport.COLUMNS.size() - 2);
	}

	RuleImport.Plan plan(String rows) {
		CsvTable table = CsvFiles.read(bytes(HEADER + rows), RuleImport.COLUMNS);
		assertThat(table.violations()).isEmpty();
		return RuleImport.plan(table.rows(), List.of(heating, water), check);
	}

	static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
