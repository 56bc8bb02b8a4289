package org.whistle.catalog.input;

import java.util.List;

/** The rows read from a file, or the violations that make it unreadable as a whole. */
public record CsvTable(List<CsvRow> rows, List<RowViolation> violations) {

	public CsvTable {
		rows = List.copyOf(rows);
		violations = List.copyOf(violations);
	}
}
