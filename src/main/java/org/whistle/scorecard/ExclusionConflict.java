package org.whistle.scorecard;

/** The exclusion's state does not allow the step (answered as 409). */
public class ExclusionConflict extends RuntimeException {

	public ExclusionConflict(String message) {
		super(message);
	}
}
