package org.whistle.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

	@Test
	void every_key_is_found_at_its_position_and_other_keys_are_not_found() {
		long[] keys = new Random(5).longs(10_000).filter(k -> k != 0).distinct().sorted().toArray();
		var index = new KeyIndex(keys);

		for (int i = 0; i < keys.length; i++) {
			assertThat(index.positionOf(keys[i])).isEqualTo(i);
		}
		new Random(6).longs(10_000).filter(k -> java.util.Arrays.binarySearch(keys, k) < 0)
			.forEach(k -> assertThat(index.positionOf(k)).isEqualTo(-1));
	}

	@Test
	void an_empty_index_finds_nothing() {
		assertThat(new KeyIndex(new long[0]).positionOf(42)).isEqualTo(-1);
	}
}
