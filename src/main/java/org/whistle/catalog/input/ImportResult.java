package org.whistle.catalog.input;

import java.util.List;

/**
 * The outcome of an import: what it wrote, or why it wrote nothing. A file with any violation
 * is rejected whole.
 */
public record ImportResult(int created, int changed, int unchanged, List<RowViolation> violations) {

	public ImportResult {
		violations = List.copyOf(violations);
	}

	public static ImportResult rejected(List<RowViolation> violations) {
		return new ImportResult(0, 0, 0, violations);
	}

	public boolean accepted() {
		return violations.isEmpty();
	}
}
