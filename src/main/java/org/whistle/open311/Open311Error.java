package org.whistle.open311;

import java.util.List;

/** A call that Open311 refuses, answered as {@code errors/error{code,description}}: one per problem. */
public class Open311Error extends RuntimeException {

	private final int status;
	private final List<String> descriptions;

	public Open311Error(int status, List<String> descriptions) {
		super(status + " " + descriptions);
		this.status = status;
		this.descriptions = List.copyOf(descriptions);
	}

	public static Open311Error badRequest(String description) {
		return new Open311Error(400, List.of(description));
	}

	public static Open311Error notFound(String description) {
		return new Open311Error(404, List.of(description));
	}

	public int status() {
		return status;
	}

	public List<String> descriptions() {
		return descriptions;
	}
}
