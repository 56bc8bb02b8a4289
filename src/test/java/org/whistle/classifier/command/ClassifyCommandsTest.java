package org.whistle.classifier.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.whistle.classifier.model.LabeledText;
import org.whistle.classifier.model.Requests;

class ClassifyCommandsTest {

	@TempDir
	Path dir;

	private Path input;

	private Path model;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

	@SuppressWarnings("unchecked")
	private final ClassifyTrainCommand train = new ClassifyTrainCommand(org.mockito.Mockito.mock(ObjectProvider.class),
			org.mockito.Mockito.mock(ObjectProvider.class));

	@BeforeEach
	void labelledFile() throws IOException {
		input = dir.resolve("train.tsv");
		model = dir.resolve("model.bin");
		List<String> lines = new ArrayList<>(List.of("label\ttext"));
		for (LabeledText text : Requests.all()) {
			lines.add(text.label() + "\t" + text.text());
		}
		Files.write(input, lines, StandardCharsets.UTF_8);
	}

	@Test
	void train_writes_a_model_that_eval_measures_with_the_summary_on_the_last_line() throws Exception {
		assertThat(train.run(List.of("--input", input.toString(), "--model", model.toString(), "--c", "1"), out, out))
			.isZero();
		assertThat(model).isRegularFile();
		assertThat(printed()).contains("trained on 24 texts, 3 categories");

		output.reset();
		int exit = new ClassifyEvalCommand().run(List.of("--model", model.toString(), "--input", input.toString()), out,
				out);

		assertThat(exit).isZero();
		List<String> lines = printed().lines().toList();
		assertThat(lines.get(lines.size() - 1)).matches("accuracy=\\d\\.\\d{4} macroF1=\\d\\.\\d{4}");
		assertThat(lines).contains("texts=24");
	}

	@Test
	void classify_prints_one_label_per_line_read() throws Exception {
		train.run(List.of("--input", input.toString(), "--model", model.toString()), out, out);
		output.reset();
		var stdin = new ByteArrayInputStream("公交车又晚点了\n孩子上幼儿园收费太高\n家里自来水发黄有异味\n".getBytes(StandardCharsets.UTF_8));

		int exit = new ClassifyCommand(stdin).run(List.of("--model", model.toString()), out, out);

		assertThat(exit).isZero();
		assertThat(printed().lines()).containsExactly(Requests.ROADS, Requests.SCHOOLS, Requests.WATER);
	}

	@Test
	void missing_unknown_or_malformed_arguments_are_usage_errors() {
		assertThatThrownBy(() -> train.run(List.of("--input", input.toString()), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--model is required");
		assertThatThrownBy(() -> train.run(List.of("--input", dir.resolve("none.tsv").toString(), "--model", "m"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no readable file");
		assertThatThrownBy(() -> train.run(List.of("--input", input.toString(), "--model", "m", "--c", "much"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--c must be a number");
		assertThatThrownBy(() -> train.run(List.of("--input", input.toString(), "--model", "m", "--c", "-1"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("C must be positive");
		assertThatThrownBy(() -> new ClassifyEvalCommand().run(List.of("--model", model.toString(), "--verbose"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown argument: --verbose");
		assertThatThrownBy(() -> new ClassifyCommand(System.in).run(List.of("--model"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--model needs a value");
	}

	@Test
	void a_file_that_is_not_a_model_is_a_usage_error() {
		assertThatThrownBy(() -> new ClassifyEvalCommand().run(List.of("--model", input.toString(), "--input",
				input.toString()), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a classifier model");
	}

	@Test
	void a_line_without_a_label_names_its_line() throws IOException {
		Files.writeString(input, "label\ttext\n交通运输\t公交车晚点\nno tab here\n", StandardCharsets.UTF_8);

		assertThatThrownBy(() -> train.run(List.of("--input", input.toString(), "--model", model.toString()), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 3");
		assertThat(model).doesNotExist();
	}

	private String printed() {
		return output.toString(StandardCharsets.UTF_8);
	}

}
