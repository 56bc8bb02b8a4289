package org.whistle.open311;

import java.util.List;
import java.util.Locale;

/**
 * A question a service asks besides the description (Open311's service definition attribute).
 * List datatypes accept only the keys of their values.
 */
public record ServiceAttribute(String code, Datatype datatype, boolean required, boolean variable,
		String description, String datatypeDescription, int order, List<Value> values) {

	public ServiceAttribute {
		values = List.copyOf(values);
	}

	/** One choice of a list attribute. */
	public record Value(String key, String name) {
	}

	public enum Datatype {
		STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

		public boolean isList() {
			return this == SINGLEVALUELIST || this == MULTIVALUELIST;
		}
	}

	public boolean accepts(String key) {
		return values.stream().anyMatch(v -> v.key().equals(key));
	}

	public String nameOf(String key) {
		return values.stream().filter(v -> v.key().equals(key)).map(Value::name).findFirst().orElse(key);
	}
}
