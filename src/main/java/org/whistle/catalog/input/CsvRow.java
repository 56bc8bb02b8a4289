package org.whistle.catalog.input;

import java.util.Map;

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
}
