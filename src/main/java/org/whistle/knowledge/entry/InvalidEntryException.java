package org.whistle.knowledge.entry;

import java.util.List;

/** A draft that breaks the rules; nothing was saved. */
public class InvalidEntryException extends RuntimeException {

	private final transient List<EntryViolation> violations;

	InvalidEntryException(List<EntryViolation> violations) {
		super("Invalid knowledge entry: " + violations);
		this.violations = List.copyOf(violations);
	}

	public List<EntryViolation> violations() {
		return violations;
	}
}
