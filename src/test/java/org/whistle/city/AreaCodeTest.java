package org.whistle.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AreaCodeTest {

	@Test
	void a_district_code_has_six_digits() {
		assertThat(AreaCode.levelOf("990101")).contains(AreaLevel.DISTRICT);
		assertThat(AreaCode.isValid("99010", AreaLevel.DISTRICT)).isFalse();
	}

	@Test
	void a_street_code_has_nine_digits_and_starts_with_its_district_code() {
		assertThat(AreaCode.isValid("990101003", AreaLevel.STREET)).isTrue();
		assertThat(AreaCode.isChildOf("990101003", "990101")).isTrue();
		assertThat(AreaCode.isChildOf("990102003", "990101")).isFalse();
	}

	@Test
	void a_community_code_has_twelve_digits_and_starts_with_its_street_code() {
		assertThat(AreaCode.isValid("990101003012", AreaLevel.COMMUNITY)).isTrue();
		assertThat(AreaCode.isChildOf("990101003012", "990101003")).isTrue();
	}

	@Test
	void a_grid_code_has_fifteen_digits_and_starts_with_its_community_code() {
		assertThat(AreaCode.levelOf("990101003012007")).contains(AreaLevel.GRID);
		assertThat(AreaCode.isChildOf("990101003012007", "990101003012")).isTrue();
		assertThat(AreaCode.isChildOf("990101003012007", "990101003")).isFalse();
	}

	@Test
	void codes_of_other_lengths_or_with_other_characters_denote_no_level() {
		assertThat(AreaCode.levelOf("9901010")).isEmpty();
		assertThat(AreaCode.levelOf("99010A")).isEmpty();
		assertThat(AreaCode.levelOf("")).isEmpty();
		assertThat(AreaCode.levelOf(null)).isEmpty();
	}

	@Test
	void sequence_zero_is_no_child() {
		assertThat(AreaCode.isChildOf("990101000", "990101")).isFalse();
	}

	@Test
	void the_parent_code_drops_the_last_three_digits() {
		assertThat(AreaCode.parentOf("990101003012007")).contains("990101003012");
		assertThat(AreaCode.parentOf("990101003")).contains("990101");
		assertThat(AreaCode.parentOf("990101")).isEmpty();
	}

	@Test
	void an_area_lies_in_every_area_whose_code_its_code_starts_with() {
		assertThat(AreaCode.selfAndAncestors("990101003012007"))
			.containsExactly("990101003012007", "990101003012", "990101003", "990101");
		assertThat(AreaCode.selfAndAncestors("990101")).containsExactly("990101");
		assertThat(AreaCode.selfAndAncestors("9901")).isEmpty();
	}

	@Test
	void a_child_code_appends_a_three_digit_sequence() {
		assertThat(AreaCode.child("990101", 7)).isEqualTo("990101007");
		assertThat(AreaCode.child("990101003012", 123)).isEqualTo("990101003012123");
	}

	@Test
	void a_grid_has_no_children_and_a_sequence_has_three_digits() {
		assertThatThrownBy(() -> AreaCode.child("990101003012007", 1)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> AreaCode.child("990101", 1000)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> AreaCode.child("990101", 0)).isInstanceOf(IllegalArgumentException.class);
	}
}
