package org.whistle.classifier.model;

/**
 * Feature key → position in the sorted key array, by open addressing (linear probing, at most half
 * full), each key next to its position so that a lookup is mostly one cache miss where a binary
 * search over half a million keys takes twenty: the lookups are most of the time a text takes.
 */
final class KeyIndex {

	private static final long EMPTY = 0;

	/** Key at {@code 2 * slot}, position at {@code 2 * slot + 1}. */
	private final long[] table;

	private final int mask;

	/** Keys must be distinct and non-zero (feature keys always carry their kind in the high bits). */
	KeyIndex(long[] keys) {
		int capacity = Integer.highestOneBit(Math.max(2, keys.length) * 2 - 1) << 1;
		table = new long[capacity * 2];
		mask = capacity - 1;
		for (int i = 0; i < keys.length; i++) {
			int slot = slot(keys[i]);
			while (table[2 * slot] != EMPTY) {
				slot = (slot + 1) & mask;
			}
			table[2 * slot] = keys[i];
			table[2 * slot + 1] = i;
		}
	}

	/** The key's position, or -1. */
	int positionOf(long key) {
		int slot = slot(key);
		while (true) {
			long found = table[2 * slot];
			if (found == key) {
				return (int) table[2 * slot + 1];
			}
			if (found == EMPTY) {
				return -1;
			}
			slot = (slot + 1) & mask;
		}
	}

	private int slot(long key) {
		return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
	}
}
