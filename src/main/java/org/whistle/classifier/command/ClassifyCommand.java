package org.whistle.classifier.command;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.whistle.Command;
import org.whistle.classifier.model.TextClassifier;

/** {@code classify --model M}: one text per line on stdin, its category on the same line of stdout. */
@Component
class ClassifyCommand implements Command {

	private final InputStream in;

	@Autowired
	ClassifyCommand() {
		this(System.in);
	}

	ClassifyCommand(InputStream in) {
		this.in = in;
	}

	@Override
	public String name() {
		return "classify";
	}

	@Override
	public String summary() {
		return "print the category of each text read from stdin, one per line";
	}

	@Override
	public String usage() {
		return "classify --model <model file> < texts.txt";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Options options = Options.parse(args, Set.of("--model"), Set.of());
		TextClassifier classifier = ModelFiles.read(options.existingFile("--model"));
		var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		while ((line = reader.readLine()) != null) {
			out.println(classifier.classify(line));
		}
		out.flush();
		return 0;
	}
}
