package org.whistle.intake;

import java.util.Map;

/** A request that cannot be registered as given; each field says what is wrong with it. */
public class InvalidRequest extends RuntimeException {

	private final Map<String, String> fields;

	public InvalidRequest(Map<String, String> fields) {
		super("Invalid request: " + fields);
		this.fields = Map.copyOf(fields);
	}

	public Map<String, String> fields() {
		return fields;
	}
}
