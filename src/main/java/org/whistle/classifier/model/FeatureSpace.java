package org.whistle.classifier.model;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;

/**
 * The features a model knows, with their inverse document frequencies, and how a text becomes a
 * vector: TF-IDF with sublinear term frequency (1 + ln tf) and smoothed idf
 * (ln((1 + n) / (1 + df)) + 1), the character n-grams and the words each scaled to unit length,
 * the words then weighted by {@code wordWeight}, plus a constant 1 for the intercept. Keys are kept sorted; feature {@code i} of
 * liblinear is key {@code i - 1}.
 */
final class FeatureSpace {

	private final long[] keys;

	private final float[] idf;

	private final float wordWeight;

	private final KeyIndex index;

	FeatureSpace(long[] keys, float[] idf, float wordWeight) {
		this.keys = keys;
		this.idf = idf;
		this.wordWeight = wordWeight;
		this.index = new KeyIndex(keys);
	}

	/** The keys found in at least {@code minDf} of the documents. */
	static FeatureSpace learn(List<TextFeatures.Keys> documents, int minDf, float wordWeight) {
		Map<Long, int[]> df = new HashMap<>();
		for (TextFeatures.Keys document : documents) {
			for (long key : distinct(document)) {
				df.computeIfAbsent(key, k -> new int[1])[0]++;
			}
		}
		long[] keys = df.entrySet().stream().filter(e -> e.getValue()[0] >= minDf).mapToLong(Map.Entry::getKey)
			.sorted().toArray();
		float[] idf = new float[keys.length];
		double n = documents.size();
		for (int i = 0; i < keys.length; i++) {
			idf[i] = (float) (Math.log((1 + n) / (1 + df.get(keys[i])[0])) + 1);
		}
		return new FeatureSpace(keys, idf, wordWeight);
	}

	/** The keys and one constant feature, which plays the intercept. */
	int dimensions() {
		return keys.length + 1;
	}

	long[] keys() {
		return keys;
	}

	float[] idf() {
		return idf;
	}

	float wordWeight() {
		return wordWeight;
	}

	Feature[] vector(TextFeatures.Keys document) {
		Feature[] grams = block(document.grams(), 1);
		Feature[] words = block(document.words(), wordWeight);
		Feature[] all = new Feature[grams.length + words.length + 1];
		// word keys sort after every n-gram key
		System.arraycopy(grams, 0, all, 0, grams.length);
		System.arraycopy(words, 0, all, grams.length, words.length);
		all[all.length - 1] = new FeatureNode(dimensions(), 1);
		return all;
	}

	/**
	 * The decision values of the text's vector under the weights: the same sum as over
	 * {@link #vector}, without building, sorting or keeping the vector (the classifying hot path).
	 */
	double[] decisionValues(TextFeatures.Keys document, LinearWeights weights) {
		double[] values = new double[weights.classes()];
		addBlock(document.grams(), 1, weights, values);
		addBlock(document.words(), wordWeight, weights, values);
		weights.add(dimensions() - 1, 1, values);
		return weights.complete(values);
	}

	private void addBlock(long[] documentKeys, float weight, LinearWeights weights, double[] values) {
		Tally tally = tally(documentKeys);
		double[] block = new double[values.length];
		double norm = 0;
		for (int i = 0; i < tally.size(); i++) {
			double value = weigh(tally, i);
			weights.add(tally.positions()[i], value, block);
			norm += value * value;
		}
		double scale = norm == 0 ? 0 : weight / Math.sqrt(norm);
		for (int c = 0; c < values.length; c++) {
			values[c] += block[c] * scale;
		}
	}

	private Feature[] block(long[] documentKeys, float weight) {
		Tally tally = tally(documentKeys);
		Feature[] features = new Feature[tally.size()];
		double norm = 0;
		for (int i = 0; i < tally.size(); i++) {
			double value = weigh(tally, i);
			features[i] = new FeatureNode(tally.positions()[i] + 1, value);
			norm += value * value;
		}
		double scale = norm == 0 ? 0 : weight / Math.sqrt(norm);
		for (Feature feature : features) {
			feature.setValue(feature.getValue() * scale);
		}
		Arrays.sort(features, Comparator.comparingInt(Feature::getIndex));
		return features;
	}

	/** The distinct known features of a block, in the order first met, with how often each occurs. */
	private record Tally(int[] positions, int[] counts, int size) {
	}

	/** Counts with a small open-addressing table of the block's own size: no sorting, nothing kept between texts. */
	private Tally tally(long[] documentKeys) {
		int[] positions = new int[documentKeys.length];
		int[] counts = new int[documentKeys.length];
		int capacity = Integer.highestOneBit(Math.max(1, documentKeys.length) * 2) << 1;
		int[] slots = new int[capacity];
		int mask = capacity - 1;
		int size = 0;
		for (long key : documentKeys) {
			int at = index.positionOf(key);
			if (at < 0) {
				continue;
			}
			int slot = (int) ((at * 0x9E3779B97F4A7C15L) >>> 32) & mask;
			while (true) {
				int entry = slots[slot];
				if (entry == 0) {
					positions[size] = at;
					counts[size] = 1;
					slots[slot] = ++size;
					break;
				}
				if (positions[entry - 1] == at) {
					counts[entry - 1]++;
					break;
				}
				slot = (slot + 1) & mask;
			}
		}
		return new Tally(positions, counts, size);
	}

	/** The TF-IDF of the tally's {@code i}th feature. */
	private double weigh(Tally tally, int i) {
		return (1 + Math.log(tally.counts()[i])) * idf[tally.positions()[i]];
	}

	private static long[] distinct(TextFeatures.Keys document) {
		long[] all = new long[document.grams().length + document.words().length];
		System.arraycopy(document.grams(), 0, all, 0, document.grams().length);
		System.arraycopy(document.words(), 0, all, document.grams().length, document.words().length);
		return Arrays.stream(all).distinct().toArray();
	}
}
