package org.whistle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingNumbersTest {

	@Test
	void a_tracking_number_is_twelve_characters_of_crockford_base_32_and_they_differ() {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String number = TrackingNumbers.newTrackingNo();
			assertThat(number).matches("[0-9A-HJKMNP-TV-Z]{12}");
			seen.add(number);
		}
		assertThat(seen).hasSize(1000);
	}

	@Test
	void a_typed_number_is_read_back_whatever_its_case_dashes_and_look_alike_letters() {
		assertThat(TrackingNumbers.parse(" abcd-efgh-jkmn ")).contains("ABCDEFGHJKMN");
		assertThat(TrackingNumbers.parse("O1IL 2345 6789")).contains("011123456789");
		assertThat(TrackingNumbers.shown("ABCDEFGHJKMN")).isEqualTo("ABCD-EFGH-JKMN");
	}

	@Test
	void what_cannot_be_a_tracking_number_is_refused() {
		assertThat(TrackingNumbers.parse(null)).isEmpty();
		assertThat(TrackingNumbers.parse("ABCD")).isEmpty();
		assertThat(TrackingNumbers.parse("ABCD-EFGH-JKMU")).isEmpty();
		assertThat(TrackingNumbers.parse("../../etc/passwd")).isEmpty();
		assertThat(TrackingNumbers.parse("A".repeat(1000))).isEmpty();
	}

	@Test
	void a_rating_key_has_256_random_bits() {
		assertThat(TrackingNumbers.newRatingKey()).matches("[A-Za-z0-9_-]{43}")
			.isNotEqualTo(TrackingNumbers.newRatingKey());
	}
}
