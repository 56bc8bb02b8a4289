package org.whistle.routing.repeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTest {

	@Test
	void a_text_is_wholly_like_itself_whatever_its_punctuation() {
		assertThat(Shingles.of("暖气不热，室温低。").cosine(Shingles.of("暖气 不热 室温低"))).isCloseTo(1.0, within(1e-9));
	}

	@Test
	void a_reworded_report_of_the_same_problem_is_alike() {
		double similarity = Shingles.of("3号楼暖气不热，室温只有十五度").cosine(Shingles.of("3号楼家里暖气不热，温度只有十五度左右"));

		assertThat(similarity).isGreaterThan(0.6);
	}

	@Test
	void texts_about_different_problems_are_not_alike() {
		double similarity = Shingles.of("3号楼暖气不热，室温只有十五度").cosine(Shingles.of("小区门口有人占道经营卖水果"));

		assertThat(similarity).isLessThan(0.1);
	}

	@Test
	void the_similarity_of_bigram_counts_is_their_cosine() {
		// 甲乙甲乙: 甲乙 ×2, 乙甲 ×1; 甲乙: 甲乙 ×1 → 2 / (√5 · 1)
		assertThat(Shingles.of("甲乙甲乙").cosine(Shingles.of("甲乙"))).isCloseTo(2 / Math.sqrt(5), within(1e-9));
		assertThat(Shingles.of("甲").cosine(Shingles.of("甲"))).isZero();
	}
}
