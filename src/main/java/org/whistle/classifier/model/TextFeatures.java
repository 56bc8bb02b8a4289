package org.whistle.classifier.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.other.CharTable;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * What a text is made of, for the classifier: its content words and the character 1–3-grams of
 * those words written together. Raw and already segmented texts give the same features: the
 * spaces of a segmentation are dropped first and HanLP segments every text again; stop words and
 * punctuation go (the labelled data comes with them removed, a caller's words come with them).
 * Features are 64-bit keys: a character n-gram packs its n UTF-16 units and n, a word is hashed.
 */
final class TextFeatures {

	static final long WORD = 1L << 62;

	private static final int MAX_GRAM = 3;

	/** Longest match over HanLP's core and custom dictionaries (a double-array trie): ~50 times faster than its Viterbi segmenter. */
	private final Segment segment = HanLP.newSegment("dat");

	/** The words and the character n-grams of one text, in order, with repeats. */
	record Keys(long[] words, long[] grams) {
	}

	Keys of(String text) {
		List<String> words = words(text);
		long[] wordKeys = new long[words.size()];
		var joined = new StringBuilder(text.length());
		for (int i = 0; i < wordKeys.length; i++) {
			wordKeys[i] = word(words.get(i));
			joined.append(words.get(i));
		}
		return new Keys(wordKeys, grams(joined));
	}

	/** HanLP's words of the text without its spaces, less stop words and punctuation. */
	List<String> words(String text) {
		String compact = normalise(text);
		List<String> words = new ArrayList<>();
		if (compact.isEmpty()) {
			return words;
		}
		for (Term term : segment.seg(compact)) {
			if (meaningful(term.word)) {
				words.add(term.word);
			}
		}
		return words;
	}

	/** Full-width to half-width, upper to lower case, traditional to simplified; no white space. */
	static String normalise(String text) {
		var compact = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				compact.append(c);
			}
		}
		return CharTable.convert(compact.toString());
	}

	private static boolean meaningful(String word) {
		return word.codePoints().anyMatch(Character::isLetterOrDigit) && !CoreStopWordDictionary.contains(word);
	}

	private static long[] grams(CharSequence text) {
		int length = text.length();
		long[] keys = new long[length * MAX_GRAM];
		int count = 0;
		for (int start = 0; start < length; start++) {
			long key = 0;
			for (int n = 1; n <= MAX_GRAM && start + n <= length; n++) {
				key = (key << 16) | text.charAt(start + n - 1);
				keys[count++] = ((long) n << 48) | key;
			}
		}
		return Arrays.copyOf(keys, count);
	}

	private static long word(String word) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < word.length(); i++) {
			hash = (hash ^ word.charAt(i)) * 0x100000001b3L;
		}
		return WORD | (hash >>> 2);
	}
}
