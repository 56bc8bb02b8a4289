package org.whistle.catalog.category;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CategoryRulesTest {

	@Test
	void a_code_has_two_digits_from_01_to_99_per_level_and_at_most_three_levels() {
		assertThat(List.of("01", "15", "0102", "010208", "999999")).allMatch(CategoryRules::isValidCode);
		assertThat(List.of("", "1", "00", "0100", "012", "01020304", "ab")).noneMatch(CategoryRules::isValidCode);
		assertThat(CategoryRules.parentOf("010208")).isEqualTo("0102");
		assertThat(CategoryRules.parentOf("01")).isNull();
	}

	@Test
	void a_new_category_takes_the_code_after_its_last_sibling() {
		assertThat(CategoryRules.nextCode("0102", List.of("010201", "010216"))).contains("010217");
		assertThat(CategoryRules.nextCode(null, List.of())).contains("01");
		assertThat(CategoryRules.nextCode("01", List.of("0199"))).isEmpty();
	}
}
