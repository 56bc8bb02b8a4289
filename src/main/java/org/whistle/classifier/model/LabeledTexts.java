package org.whistle.classifier.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads {@code label<TAB>text} lines after a header line, UTF-8; blank lines are skipped. */
public final class LabeledTexts {

	private LabeledTexts() {
	}

	/** @throws IllegalArgumentException naming the line that has no label or no text */
	public static List<LabeledText> read(Path file) throws IOException {
		List<LabeledText> texts = new ArrayList<>();
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line = reader.readLine();
			int number = 1;
			while ((line = reader.readLine()) != null) {
				number++;
				if (line.isBlank()) {
					continue;
				}
				int tab = line.indexOf('\t');
				String label = tab < 0 ? "" : line.substring(0, tab).strip();
				String text = tab < 0 ? "" : line.substring(tab + 1).strip();
				if (label.isEmpty() || text.isEmpty()) {
					throw new IllegalArgumentException(file + " line " + number + ": expected label<TAB>text");
				}
				texts.add(new LabeledText(label, text));
			}
		}
		return texts;
	}
}
