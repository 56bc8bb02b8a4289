package org.whistle.scorecard.history;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name value} pairs of a command line, checked against the names a command knows. */
public record Arguments(Map<String, String> values) {

	public static Arguments parse(List<String> args, Set<String> known) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < args.size(); i += 2) {
			String name = args.get(i);
			if (!name.startsWith("--") || !known.contains(name.substring(2))) {
				throw new IllegalArgumentException("unknown option " + name);
			}
			if (i + 1 >= args.size()) {
				throw new IllegalArgumentException(name + " needs a value");
			}
			values.put(name.substring(2), args.get(i + 1));
		}
		return new Arguments(values);
	}

	public String get(String name, String otherwise) {
		return values.getOrDefault(name, otherwise);
	}

	public int number(String name, int otherwise, int min, int max) {
		String text = values.get(name);
		if (text == null) {
			return otherwise;
		}
		try {
			int value = Integer.parseInt(text);
			if (value < min || value > max) {
				throw new IllegalArgumentException("--" + name + " must be between " + min + " and " + max);
			}
			return value;
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("--" + name + " must be a number: " + text);
		}
	}
}
