package org.whistle.classifier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;

/**
 * Learns a {@link TextClassifier} from labelled texts with liblinear.
 *
 * @param learner the solver
 * @param c liblinear's cost of errors (the inverse of the regularisation)
 * @param minDf how many training texts a feature must occur in to be kept
 * @param wordWeight the weight of the word block next to the character n-grams (1)
 */
public record Training(Learner learner, double c, int minDf, float wordWeight) {

	/** The settings chosen by stratified 5-fold cross-validation on the TIPDM 2020 messages (BENCHMARKS.md). */
	public static final Training DEFAULT = new Training(Learner.SVM, 1, 2, 1f);

	static {
		Linear.disableDebugOutput();
	}

	public Training {
		if (!(c > 0)) {
			throw new IllegalArgumentException("C must be positive: " + c);
		}
		if (minDf < 1) {
			throw new IllegalArgumentException("minDf must be at least 1: " + minDf);
		}
	}

	public Training withC(double c) {
		return new Training(learner, c, minDf, wordWeight);
	}

	public Training withLearner(Learner learner) {
		return new Training(learner, c, minDf, wordWeight);
	}

	public TextClassifier train(List<LabeledText> examples) {
		return train(examples, Extracted.of(examples));
	}

	TextClassifier train(List<LabeledText> examples, List<TextFeatures.Keys> keys) {
		List<String> categories = new ArrayList<>(new TreeSet<>(examples.stream().map(LabeledText::label).toList()));
		if (categories.size() < 2) {
			throw new IllegalArgumentException("at least two categories are needed, got " + categories);
		}
		FeatureSpace space = FeatureSpace.learn(keys, minDf, wordWeight);
		var problem = new Problem();
		problem.l = examples.size();
		problem.n = space.dimensions();
		problem.bias = -1;
		problem.x = new Feature[examples.size()][];
		problem.y = new double[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			problem.x[i] = space.vector(keys.get(i));
			problem.y[i] = categories.indexOf(examples.get(i).label());
		}
		Model model = Linear.train(problem, new Parameter(learner.solver(), c, 0.01));
		return new TextClassifier(categories, space, learner, LinearWeights.of(model), model.getLabels());
	}

	/** Feature keys of many texts, extracted once (HanLP is the slow part) and reused across folds. */
	static final class Extracted {

		static List<TextFeatures.Keys> of(List<LabeledText> examples) {
			return examples.parallelStream().map(example -> EXTRACTOR.get().of(example.text())).toList();
		}

		private static final ThreadLocal<TextFeatures> EXTRACTOR = ThreadLocal.withInitial(TextFeatures::new);
	}
}
