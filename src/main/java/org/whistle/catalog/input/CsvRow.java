package org.whistle.catalog.input;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** One data row of an imported file, by column name; row 1 is the header, so data starts at 2. */
public record CsvRow(int row, Map<String, String> values) {

	public CsvRow {
		values = Map.copyOf(values);
	}

	/** The trimmed value of a column; empty when the cell or the column is missing. */
	public String get(String column) {
		return values.getOrDefault(column, "");
	}

	public boolean has(String column) {
		return values.containsKey(column);
	}

	/**
	 * The value of a column of {@code true} or {@code false}, in any case; empty when the cell or
	 * the column is missing, and when the value is neither, which is reported to {@code invalid}.
	 */
	public Optional<Boolean> bool(String column, Consumer<Violation> invalid) {
		String value = get(column);
		if (value.isEmpty()) {
			return Optional.empty();
		}
		if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
			invalid.accept(Violation.of(column, "catalog.error.boolean", value));
			return Optional.empty();
		}
		return Optional.of(Boolean.parseBoolean(value));
	}
}
