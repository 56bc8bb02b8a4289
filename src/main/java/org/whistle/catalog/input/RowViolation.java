package org.whistle.catalog.input;

import org.springframework.context.MessageSourceResolvable;

/** A violation in one row of an imported file; row 1 is the header. */
public record RowViolation(int row, Violation violation) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { "catalog.import.row" };
	}

	@Override
	public Object[] getArguments() {
		return new Object[] { String.valueOf(row), violation };
	}

	@Override
	public String getDefaultMessage() {
		return "row " + row + ": " + violation.getDefaultMessage();
	}
}
