package org.whistle.classifier.model;

import de.bwaldvogel.liblinear.Model;

/**
 * The weights liblinear learnt, kept as floats (half the memory, and a model file that loads in
 * milliseconds rather than parsing liblinear's text format): one column per class, or a single
 * column for two classes, laid out as liblinear lays them out (feature-major).
 */
final class LinearWeights {

	private final float[] weights;

	private final int classes;

	private final int columns;

	LinearWeights(float[] weights, int classes) {
		this.weights = weights;
		this.classes = classes;
		this.columns = classes == 2 ? 1 : classes;
	}

	static LinearWeights of(Model model) {
		double[] learnt = model.getFeatureWeights();
		float[] weights = new float[learnt.length];
		for (int i = 0; i < learnt.length; i++) {
			weights[i] = (float) learnt[i];
		}
		return new LinearWeights(weights, model.getNrClass());
	}

	int classes() {
		return classes;
	}

	float[] weights() {
		return weights;
	}

	/** Adds {@code value} times the weights of feature {@code index} (0-based) to the first columns of the sums. */
	void add(int index, double value, double[] sums) {
		int row = index * columns;
		if (row < weights.length) {
			for (int c = 0; c < columns; c++) {
				sums[c] += weights[row + c] * value;
			}
		}
	}

	/** The decision values from the summed columns: with two classes the second is the first negated. */
	double[] complete(double[] sums) {
		if (classes == 2) {
			sums[1] = -sums[0];
		}
		return sums;
	}
}
