package org.whistle.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.whistle.classifier.model.CrossValidation;
import org.whistle.classifier.model.Evaluation;
import org.whistle.classifier.model.LabeledText;
import org.whistle.classifier.model.LabeledTexts;
import org.whistle.classifier.model.Learner;
import org.whistle.classifier.model.TextClassifier;
import org.whistle.classifier.model.Training;

/**
 * The classifier's figures for BENCHMARKS.md: stratified 5-fold cross-validation (seed 5) on the
 * labelled file as it is (segmented) and with its segmentation spaces removed (raw), the time to
 * train on all of it, and classifying throughput on one thread. {@code --grid} also prints
 * cross-validated figures for a range of C and both learners.
 */
public final class ClassifierBench {

	private static final int FOLDS = 5;

	private static final long SEED = 5;

	public static void main(String[] args) throws Exception {
		Path input = Path.of(args.length > 0 ? args[0] : "../shared/data/tipdm2020/labeled-train.tsv");
		boolean grid = List.of(args).contains("--grid");
		if (!Files.isReadable(input)) {
			System.out.println("skipped: " + input + " is not there");
			return;
		}
		List<LabeledText> segmented = LabeledTexts.read(input);
		List<LabeledText> raw = segmented.stream().map(t -> new LabeledText(t.label(), t.text().replace(" ", ""))).toList();
		System.out.printf("%s: %d texts, %d categories%n", input, segmented.size(),
				segmented.stream().map(LabeledText::label).distinct().count());
		Training training = Training.DEFAULT;
		System.out.println("settings: " + training);
		if (grid) {
			grid(raw);
		}
		crossValidate("segmented", segmented, training);
		crossValidate("raw", raw, training);

		long start = System.nanoTime();
		TextClassifier classifier = training.train(raw);
		System.out.printf(Locale.ROOT, "training on all %d texts: %.1f s%n", raw.size(), seconds(start));
		System.out.printf("model file: %d bytes%n", classifier.bytes().length);
		throughput(classifier, raw);
	}

	private static void grid(List<LabeledText> texts) {
		CrossValidation folds = new CrossValidation(texts, FOLDS, SEED);
		for (Learner learner : Learner.values()) {
			for (double c : new double[] { 0.1, 0.25, 0.5, 1, 2, 4, 8, 16 }) {
				Evaluation evaluation = folds.evaluate(Training.DEFAULT.withLearner(learner).withC(c));
				System.out.printf(Locale.ROOT, "grid raw %s C=%s %s%n", learner, c, evaluation.summary());
			}
		}
	}

	private static void crossValidate(String name, List<LabeledText> texts, Training training) {
		long start = System.nanoTime();
		Evaluation evaluation = new CrossValidation(texts, FOLDS, SEED).evaluate(training);
		System.out.printf(Locale.ROOT, "5-fold CV %-9s %s (%.1f s)%n", name, evaluation.summary(), seconds(start));
	}

	private static void throughput(TextClassifier classifier, List<LabeledText> texts) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<String> inputs = new ArrayList<>(texts.stream().map(LabeledText::text).toList());
		for (int round = 0; round < 2; round++) {
			inputs.forEach(classifier::classify);
		}
		int rounds = 3;
		long cpu = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			inputs.forEach(classifier::classify);
		}
		double wall = seconds(start);
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
		double chars = inputs.stream().mapToInt(String::length).average().orElse(0);
		System.out.printf(Locale.ROOT, "classify on one thread: %.0f texts/s (wall), %.0f texts/s per CPU second, "
				+ "%.0f characters a text on average%n", rounds * inputs.size() / wall, rounds * inputs.size() / cpuSeconds, chars);
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
