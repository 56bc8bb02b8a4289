package org.whistle.catalog.input;

import java.util.List;

/** Rejects an edit of the catalog; nothing was saved. */
public class InvalidInputException extends RuntimeException {

	private final transient List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super(violations.toString());
		this.violations = List.copyOf(violations);
	}

	public List<Violation> violations() {
		return violations;
	}
}
