package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTests {

	@Test
	void a_mobile_number_keeps_its_prefix_and_last_four_digits() {
		assertThat(PersonalData.maskPhone("13812345678")).isEqualTo("138****5678");
	}

	@Test
	void a_short_number_keeps_only_its_last_two_digits() {
		assertThat(PersonalData.maskPhone("12345")).isEqualTo("***45");
	}

	@Test
	void a_name_keeps_only_its_family_name() {
		assertThat(PersonalData.maskName("王小明")).isEqualTo("王**");
		assertThat(PersonalData.maskName("欧")).isEqualTo("欧");
	}

	@Test
	void an_email_keeps_its_first_letter_and_domain() {
		assertThat(PersonalData.maskEmail("wang.fang@example.org")).isEqualTo("w***@example.org");
		assertThat(PersonalData.maskEmail("broken")).isEqualTo("***");
	}

	@Test
	void nothing_to_mask_stays_nothing() {
		assertThat(PersonalData.maskPhone(null)).isNull();
		assertThat(PersonalData.maskName("")).isEmpty();
	}
}
