package org.whistle.workorder;

/** An action that the order's current state does not allow; it changes nothing. */
public class IllegalTransition extends RuntimeException {

	public IllegalTransition(String message) {
		super(message);
	}
}
