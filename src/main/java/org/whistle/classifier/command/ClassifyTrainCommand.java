package org.whistle.classifier.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.whistle.Command;
import org.whistle.audit.AuditRecord;
import org.whistle.classifier.ModelVersion;
import org.whistle.classifier.model.LabeledText;
import org.whistle.classifier.model.LabeledTexts;
import org.whistle.classifier.model.Learner;
import org.whistle.classifier.model.TextClassifier;
import org.whistle.classifier.model.Training;
import org.whistle.classifier.store.ModelStore;

/** {@code classify-train --input F.tsv --model M [--publish]}: learns a model from labelled texts. */
@Component
class ClassifyTrainCommand implements Command {

	private final ObjectProvider<ModelStore> store;

	ClassifyTrainCommand(ObjectProvider<ModelStore> store) {
		this.store = store;
	}

	@Override
	public String name() {
		return "classify-train";
	}

	@Override
	public String summary() {
		return "learn a category classifier from a label<TAB>text file (raw or segmented text)";
	}

	@Override
	public String usage() {
		return "classify-train --input <labeled.tsv> --model <model file> [--c <cost>] [--learner svm|logistic] [--publish]";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--input", "--model", "--c", "--learner"), Set.of("--publish"));
		Path input = options.existingFile("--input");
		Path model = Path.of(options.required("--model"));
		Training training = training(options);
		List<LabeledText> texts = LabeledTexts.read(input);
		long start = System.nanoTime();
		TextClassifier classifier = training.train(texts);
		ModelFiles.write(classifier, model);
		out.printf(Locale.ROOT, "trained on %d texts, %d categories in %.1f s (%s, C=%s): %s%n", texts.size(),
				classifier.categories().size(), (System.nanoTime() - start) / 1e9, training.learner(), training.c(),
				model);
		if (options.has("--publish")) {
			ModelVersion version = store.getObject().publish(classifier, input.getFileName().toString(),
					AuditRecord.SYSTEM);
			out.println("published as version " + version.version());
		}
		return 0;
	}

	private static Training training(Options options) {
		Training training = Training.DEFAULT;
		if (options.optional("--learner").isPresent()) {
			String name = options.required("--learner").toUpperCase(Locale.ROOT);
			try {
				training = training.withLearner(Learner.valueOf(name));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("--learner must be svm or logistic");
			}
		}
		if (options.optional("--c").isPresent()) {
			try {
				training = training.withC(Double.parseDouble(options.required("--c")));
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("--c must be a number");
			}
		}
		return training;
	}
}
