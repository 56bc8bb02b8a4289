package org.whistle.classifier.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Stratified k-fold cross-validation: the texts of each label are shuffled with a fixed seed and
 * dealt round the folds, so every fold has each label in about the same share; each fold is
 * classified by a model trained on the others (its own features and idf).
 */
public final class CrossValidation {

	private final List<LabeledText> examples;

	private final List<TextFeatures.Keys> keys;

	private final int[] foldOf;

	private final int folds;

	public CrossValidation(List<LabeledText> examples, int folds, long seed) {
		if (folds < 2 || folds > examples.size()) {
			throw new IllegalArgumentException("folds must be between 2 and the number of texts: " + folds);
		}
		this.examples = examples;
		this.folds = folds;
		this.keys = Training.Extracted.of(examples);
		this.foldOf = deal(examples, folds, new Random(seed));
	}

	public Evaluation evaluate(Training training) {
		var evaluation = new Evaluation();
		for (int fold = 0; fold < folds; fold++) {
			List<LabeledText> trainTexts = new ArrayList<>();
			List<TextFeatures.Keys> trainKeys = new ArrayList<>();
			for (int i = 0; i < examples.size(); i++) {
				if (foldOf[i] != fold) {
					trainTexts.add(examples.get(i));
					trainKeys.add(keys.get(i));
				}
			}
			TextClassifier classifier = training.train(trainTexts, trainKeys);
			for (int i = 0; i < examples.size(); i++) {
				if (foldOf[i] == fold) {
					evaluation.add(examples.get(i).label(), classifier.rank(keys.get(i)).get(0).category());
				}
			}
		}
		return evaluation;
	}

	private static int[] deal(List<LabeledText> examples, int folds, Random random) {
		Map<String, List<Integer>> byLabel = new LinkedHashMap<>();
		for (int i = 0; i < examples.size(); i++) {
			byLabel.computeIfAbsent(examples.get(i).label(), l -> new ArrayList<>()).add(i);
		}
		int[] foldOf = new int[examples.size()];
		int next = 0;
		for (List<Integer> indexes : byLabel.values()) {
			Collections.shuffle(indexes, random);
			for (int index : indexes) {
				foldOf[index] = next++ % folds;
			}
		}
		return foldOf;
	}
}
