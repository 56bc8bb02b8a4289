package org.whistle.classifier.model;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.SolverType;

/** The liblinear solvers the classifier trains with, and how each turns a text's scores into probabilities. */
public enum Learner {

	/** L2-regularised linear SVM (dual); probabilities are the softmax of its one-vs-rest decision values. */
	SVM(SolverType.L2R_L2LOSS_SVC_DUAL) {
		@Override
		double[] probabilities(Model model, Feature[] vector) {
			double[] values = new double[model.getNrClass()];
			Linear.predictValues(model, vector, values);
			if (model.getNrClass() == 2) {
				values[1] = -values[0];
			}
			return softmax(values);
		}
	},

	/** L2-regularised logistic regression; probabilities are liblinear's (one-vs-rest, normalised). */
	LOGISTIC(SolverType.L2R_LR) {
		@Override
		double[] probabilities(Model model, Feature[] vector) {
			double[] probabilities = new double[model.getNrClass()];
			Linear.predictProbability(model, vector, probabilities);
			return probabilities;
		}
	};

	private final SolverType solver;

	Learner(SolverType solver) {
		this.solver = solver;
	}

	SolverType solver() {
		return solver;
	}

	/** One probability per class, in the order of {@code model.getLabels()}. */
	abstract double[] probabilities(Model model, Feature[] vector);

	private static double[] softmax(double[] values) {
		double max = Double.NEGATIVE_INFINITY;
		for (double value : values) {
			max = Math.max(max, value);
		}
		double sum = 0;
		double[] exp = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			exp[i] = Math.exp(values[i] - max);
			sum += exp[i];
		}
		for (int i = 0; i < exp.length; i++) {
			exp[i] /= sum;
		}
		return exp;
	}
}
