package org.whistle.intake;

/** The Idempotency-Key was used before for a different request. */
public class IdempotencyConflict extends RuntimeException {

	public IdempotencyConflict(String key) {
		super("Idempotency-Key '" + key + "' was already used for a different request");
	}
}
