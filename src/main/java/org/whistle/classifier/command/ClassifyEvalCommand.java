package org.whistle.classifier.command;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.whistle.Command;
import org.whistle.classifier.model.Evaluation;
import org.whistle.classifier.model.LabeledText;
import org.whistle.classifier.model.LabeledTexts;
import org.whistle.classifier.model.TextClassifier;

/** {@code classify-eval --model M --input F.tsv}: F1 per category, then {@code accuracy=… macroF1=…}. */
@Component
class ClassifyEvalCommand implements Command {

	@Override
	public String name() {
		return "classify-eval";
	}

	@Override
	public String summary() {
		return "measure a classifier model on a label<TAB>text file: accuracy and macro-F1";
	}

	@Override
	public String usage() {
		return "classify-eval --model <model file> --input <labeled.tsv>";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--input", "--model"), Set.of());
		Path modelFile = options.existingFile("--model");
		Path input = options.existingFile("--input");
		TextClassifier classifier = ModelFiles.read(modelFile);
		List<LabeledText> texts = LabeledTexts.read(input);
		if (texts.isEmpty()) {
			throw new IllegalArgumentException(input + " has no labelled texts");
		}
		var evaluation = new Evaluation();
		texts.forEach(text -> evaluation.add(text.label(), classifier.classify(text.text())));
		var labels = new TreeSet<String>(classifier.categories());
		texts.forEach(text -> labels.add(text.label()));
		out.println("texts=" + evaluation.total());
		labels.forEach(label -> out.printf(Locale.ROOT, "F1 %s=%.4f%n", label, evaluation.f1(label)));
		out.println(evaluation.summary());
		return 0;
	}
}
