package org.whistle.classifier.model;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts answers against the expected labels. Accuracy is the share of right answers; macro-F1
 * the unweighted mean over every label that was expected or answered of
 * F1 = 2·TP / (2·TP + FP + FN).
 */
public final class Evaluation {

	private final Map<String, int[]> counts = new TreeMap<>();

	private int total;

	private int right;

	private static final int TP = 0;

	private static final int FP = 1;

	private static final int FN = 2;

	public void add(String expected, String answered) {
		total++;
		if (expected.equals(answered)) {
			right++;
			count(expected)[TP]++;
		}
		else {
			count(expected)[FN]++;
			count(answered)[FP]++;
		}
	}

	public int total() {
		return total;
	}

	public double accuracy() {
		return total == 0 ? 0 : (double) right / total;
	}

	public double macroF1() {
		return counts.values().stream().mapToDouble(Evaluation::f1).average().orElse(0);
	}

	/** F1 of one label; 0 for a label never expected or answered. */
	public double f1(String label) {
		int[] count = counts.get(label);
		return count == null ? 0 : f1(count);
	}

	/** {@code accuracy=0.9123 macroF1=0.9012} */
	public String summary() {
		return String.format(Locale.ROOT, "accuracy=%.4f macroF1=%.4f", accuracy(), macroF1());
	}

	private int[] count(String label) {
		return counts.computeIfAbsent(label, l -> new int[3]);
	}

	private static double f1(int[] count) {
		int denominator = 2 * count[TP] + count[FP] + count[FN];
		return denominator == 0 ? 0 : 2.0 * count[TP] / denominator;
	}
}
