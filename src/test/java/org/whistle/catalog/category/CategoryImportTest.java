package org.whistle.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whistle.catalog.Category;
import org.whistle.catalog.input.CsvFiles;
import org.whistle.catalog.input.CsvTable;
import org.whistle.catalog.input.RowViolation;

class CategoryImportTest {

	static final String HEADER = "code,name,level,parent_code,active\n";

	final List<Category> existing = List.of(new Category("01", "城乡建设", 1, null, true),
			new Category("0101", "安全生产", 2, "01", true), new Category("010101", "事故处理", 3, "0101", true),
			new Category("0102", "城市建设和市政管理", 2, "01", true));

	@Test
	void the_bundled_taxonomy_is_the_contest_taxonomy_with_stable_codes() throws Exception {
		List<Category> categories = V1_2_1__CatalogCategories.bundled().created();

		assertThat(categories).hasSize(650);
		assertThat(categories).filteredOn(c -> c.level() == 1).hasSize(15);
		assertThat(categories).filteredOn(c -> c.level() == 2).hasSize(118);
		assertThat(categories).filteredOn(c -> c.level() == 3).hasSize(517);
		assertThat(categories).extracting(Category::code, Category::name).contains(tuple("01", "城乡建设"),
				tuple("15", "劳动和社会保障"), tuple("0102", "城市建设和市政管理"), tuple("010208", "冬季采暖"),
				tuple("010216", "自来水供应"));
		assertThat(categories).allMatch(Category::active);
	}

	@Test
	void a_rename_keeps_the_code_and_a_new_code_under_an_existing_parent_is_added() {
		var plan = plan("""
				0101,安全生产监管,2,01,
				010102,安全隐患,3,0101,
				02,党务政务,1,,true
				0201,党的建设,2,02,
				""");

		assertThat(plan.violations()).isEmpty();
		assertThat(plan.changed()).containsExactly(new Category("0101", "安全生产监管", 2, "01", true));
		assertThat(plan.created()).extracting(Category::code).containsExactly("010102", "02", "0201");
	}

	@Test
	void a_malformed_import_is_rejected_whole_with_row_numbers() {
		var plan = plan("""
				0101,安全生产监管,2,01,
				1x,坏代码,1,,
				0103,错级别,3,01,
				0104,错上级,2,02,
				050101,无上级,3,0501,
				0105,,2,01,
				0106,城市建设和市政管理,2,01,
				0101,重复,2,01,
				0107,状态,2,01,maybe
				""");

		assertThat(plan.violations()).extracting(RowViolation::row, v -> v.violation().code()).containsExactly(
				tuple(3, "catalog.error.categoryCode"),
				tuple(4, "catalog.error.categoryLevel"),
				tuple(5, "catalog.error.categoryParent"),
				tuple(6, "catalog.error.unknownParent"),
				tuple(7, "catalog.error.categoryName"),
				tuple(8, "catalog.error.duplicateName"),
				tuple(9, "catalog.error.duplicateCode"),
				tuple(10, "catalog.error.boolean"));
		assertThat(plan.created()).isEmpty();
		assertThat(plan.changed()).isEmpty();
	}

	@Test
	void retiring_a_category_retires_its_descendants_unless_the_file_keeps_one_active() {
		var plan = plan("01,城乡建设,1,,false\n");

		assertThat(plan.violations()).isEmpty();
		assertThat(plan.changed()).extracting(Category::code, Category::active).containsExactly(tuple("01", false),
				tuple("0101", false), tuple("010101", false), tuple("0102", false));

		var contradiction = plan("01,城乡建设,1,,false\n0102,城市建设和市政管理,2,01,true\n");
		assertThat(contradiction.violations()).extracting(RowViolation::row, v -> v.violation().code())
			.containsExactly(tuple(3, "catalog.error.parentInactive"));
	}

	@Test
	void a_file_without_the_active_column_keeps_each_category_as_it_is() {
		CsvTable table = CsvFiles.read(bytes("code,name,level,parent_code\n0101,安全生产,2,01\n"), CategoryImport.COLUMNS);
		var plan = CategoryImport.plan(table.rows(),
				List.of(existing.get(0), new Category("0101", "安全生产", 2, "01", false)));

		assertThat(plan.violations()).isEmpty();
		assertThat(plan.unchanged()).isEqualTo(1);
		assertThat(plan.changed()).isEmpty();
	}

	CategoryImport.Plan plan(String rows) {
		CsvTable table = CsvFiles.read(bytes(HEADER + rows), CategoryImport.COLUMNS);
		assertThat(table.violations()).isEmpty();
		return CategoryImport.plan(table.rows(), existing);
	}

	static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}
}
