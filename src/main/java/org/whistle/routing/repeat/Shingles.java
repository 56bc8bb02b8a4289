package org.whistle.routing.repeat;

import java.util.Arrays;

/**
 * A text as the bag of its character bigrams (shingles of two characters, punctuation and spaces
 * left out), compared by cosine similarity: Chinese needs no word segmentation for it, and
 * reworded reports of one problem share most of their bigrams.
 */
final class Shingles {

	private final long[] keys;

	private final int[] counts;

	private final double norm;

	private Shingles(long[] keys, int[] counts) {
		this.keys = keys;
		this.counts = counts;
		double sum = 0;
		for (int count : counts) {
			sum += (double) count * count;
		}
		this.norm = Math.sqrt(sum);
	}

	static Shingles of(String text) {
		int[] chars = text.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).toArray();
		if (chars.length < 2) {
			return new Shingles(new long[0], new int[0]);
		}
		long[] bigrams = new long[chars.length - 1];
		for (int i = 0; i + 1 < chars.length; i++) {
			bigrams[i] = ((long) chars[i] << 21) | chars[i + 1];
		}
		Arrays.sort(bigrams);
		long[] keys = new long[bigrams.length];
		int[] counts = new int[bigrams.length];
		int distinct = 0;
		for (int i = 0; i < bigrams.length; i++) {
			if (distinct > 0 && bigrams[i] == keys[distinct - 1]) {
				counts[distinct - 1]++;
			}
			else {
				keys[distinct] = bigrams[i];
				counts[distinct++] = 1;
			}
		}
		return new Shingles(Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct));
	}

	/** Cosine similarity of the two bags: 1 for the same bigrams in the same proportions, 0 for none shared. */
	double cosine(Shingles other) {
		if (norm == 0 || other.norm == 0) {
			return 0;
		}
		long dot = 0;
		int i = 0;
		int j = 0;
		while (i < keys.length && j < other.keys.length) {
			if (keys[i] == other.keys[j]) {
				dot += (long) counts[i++] * other.counts[j++];
			}
			else if (keys[i] < other.keys[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return dot / (norm * other.norm);
	}
}
