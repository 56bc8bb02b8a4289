package org.whistle.classifier.model;

import de.bwaldvogel.liblinear.SolverType;

/** The liblinear solvers the classifier trains with, and how each turns decision values into probabilities. */
public enum Learner {

	/** L2-regularised linear SVM (dual); probabilities are the softmax of its one-vs-rest decision values. */
	SVM(SolverType.L2R_L2LOSS_SVC_DUAL) {
		@Override
		double[] probabilities(double[] values) {
			double max = Double.NEGATIVE_INFINITY;
			for (double value : values) {
				max = Math.max(max, value);
			}
			double[] exp = new double[values.length];
			for (int i = 0; i < values.length; i++) {
				exp[i] = Math.exp(values[i] - max);
			}
			return normalised(exp);
		}
	},

	/**
	 * L2-regularised logistic regression; as liblinear's {@code predictProbability}: the logistic
	 * function of each one-vs-rest decision value, normalised to sum to one.
	 */
	LOGISTIC(SolverType.L2R_LR) {
		@Override
		double[] probabilities(double[] values) {
			double[] logistic = new double[values.length];
			for (int i = 0; i < values.length; i++) {
				logistic[i] = 1 / (1 + Math.exp(-values[i]));
			}
			return normalised(logistic);
		}
	};

	private final SolverType solver;

	Learner(SolverType solver) {
		this.solver = solver;
	}

	SolverType solver() {
		return solver;
	}

	/** One probability per class, from the classes' decision values in the same order. */
	abstract double[] probabilities(double[] decisionValues);

	private static double[] normalised(double[] values) {
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		for (int i = 0; i < values.length; i++) {
			values[i] /= sum;
		}
		return values;
	}
}
