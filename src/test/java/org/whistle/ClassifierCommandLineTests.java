package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.whistle.classifier.model.LabeledText;
import org.whistle.classifier.model.Requests;

/** The classifier's commands as {@code java -jar whistle.jar} runs them: the application without its web server. */
class ClassifierCommandLineTests {

	@TempDir
	Path dir;

	private final PrintStream systemOut = System.out;

	private final PrintStream systemErr = System.err;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@BeforeEach
	void capture() {
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restore() {
		System.setOut(systemOut);
		System.setErr(systemErr);
	}

	@Test
	void train_then_eval_exit_with_zero_and_eval_ends_with_accuracy_and_macro_f1() throws IOException {
		Path input = labelledFile();
		Path model = dir.resolve("model.bin");

		assertThat(WhistleApplication.runCommand(new String[] { "classify-train", "--input", input.toString(), "--model",
				model.toString() })).isZero();
		assertThat(WhistleApplication.runCommand(new String[] { "classify-eval", "--model", model.toString(), "--input",
				input.toString() })).isZero();

		List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(lines.size() - 1)).matches("accuracy=1\\.0000 macroF1=1\\.0000");
	}

	@Test
	void a_usage_error_exits_with_two_and_shows_the_usage() {
		int exit = WhistleApplication.runCommand(new String[] { "classify", "--model" });

		assertThat(exit).isEqualTo(Commands.USAGE_ERROR);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--model needs a value")
			.contains("usage: java -jar whistle.jar classify --model <model file>");
	}

	private Path labelledFile() throws IOException {
		List<String> lines = new ArrayList<>(List.of("label\ttext"));
		for (LabeledText text : Requests.all()) {
			lines.add(text.label() + "\t" + text.text());
		}
		return Files.write(dir.resolve("train.tsv"), lines, StandardCharsets.UTF_8);
	}
}
