package org.whistle.workorder.web;

/** A form field a page refuses before the order sees it; {@code key} names the message that says why. */
class InvalidInput extends RuntimeException {

	private final String key;

	private final Object[] arguments;

	InvalidInput(String key, Object... arguments) {
		super(key);
		this.key = key;
		this.arguments = arguments.clone();
	}

	String key() {
		return key;
	}

	Object[] arguments() {
		return arguments.clone();
	}
}
