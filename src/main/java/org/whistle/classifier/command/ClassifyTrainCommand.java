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

/**
 * {@code classify-train --input F.tsv --model M [--publish]}: learns a model from labelled texts, or
 * with {@code --from-orders} from the hotline's closed orders.
 */
@Component
class ClassifyTrainCommand implements Command {

	private static final int MOST_ORDERS = 200_000;

	private final ObjectProvider<ModelStore> store;

	private final ObjectProvider<ClosedOrderTexts> orders;

	/** Both are fetched when needed: training from a file runs without a database. */
	ClassifyTrainCommand(ObjectProvider<ModelStore> store, ObjectProvider<ClosedOrderTexts> orders) {
		this.store = store;
		this.orders = orders;
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
		return "classify-train (--input <labeled.tsv> | --from-orders [--level 1|2|3]) --model <model file> "
				+ "[--c <cost>] [--learner svm|logistic] [--publish]";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--input", "--model", "--c", "--learner", "--level"),
				Set.of("--publish", "--from-orders"));
		boolean fromOrders = options.has("--from-orders");
		if (fromOrders == options.optional("--input").isPresent()) {
			throw new IllegalArgumentException("give either --input or --from-orders");
		}
		Path model = Path.of(options.required("--model"));
		Training training = training(options);
		String source;
		List<LabeledText> texts;
		if (fromOrders) {
			int level = level(options);
			source = "closed orders, level " + level;
			texts = orders.getObject().read(level, MOST_ORDERS);
		}
		else {
			Path input = options.existingFile("--input");
			source = input.getFileName().toString();
			texts = LabeledTexts.read(input);
		}
		long start = System.nanoTime();
		TextClassifier classifier = training.train(texts);
		ModelFiles.write(classifier, model);
		out.printf(Locale.ROOT, "trained on %d texts, %d categories in %.1f s (%s, C=%s): %s%n", texts.size(),
				classifier.categories().size(), (System.nanoTime() - start) / 1e9, training.learner(), training.c(),
				model);
		if (options.has("--publish")) {
			ModelVersion version = store.getObject().publish(classifier, source, AuditRecord.SYSTEM);
			out.println("published as version " + version.version());
		}
		return 0;
	}

	private static int level(Options options) {
		String level = options.optional("--level").orElse("1");
		if (!level.matches("[123]")) {
			throw new IllegalArgumentException("--level must be 1, 2 or 3");
		}
		return Integer.parseInt(level);
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
