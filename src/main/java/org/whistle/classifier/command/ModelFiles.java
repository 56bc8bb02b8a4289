package org.whistle.classifier.command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.whistle.classifier.model.TextClassifier;

/** A model as a file: written whole (to a temporary file, then moved) and read back. */
final class ModelFiles {

	private ModelFiles() {
	}

	static void write(TextClassifier classifier, Path file) throws IOException {
		Path absolute = file.toAbsolutePath();
		Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temporary)) {
				classifier.save(out);
			}
			Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	/** @throws IllegalArgumentException when the file is not a model */
	static TextClassifier read(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return TextClassifier.load(in);
		}
		catch (IOException e) {
			if (Files.isRegularFile(file)) {
				throw new IllegalArgumentException(file + " is not a classifier model (" + e.getMessage() + ")");
			}
			throw e;
		}
	}
}
