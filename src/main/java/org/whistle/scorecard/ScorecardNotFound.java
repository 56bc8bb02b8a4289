package org.whistle.scorecard;

/** No such order or exclusion, or not one the caller may act on (answered as 404). */
public class ScorecardNotFound extends RuntimeException {

	public ScorecardNotFound(String message) {
		super(message);
	}
}
