package org.whistle.classifier.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code --name value} options and {@code --flag} switches; anything else is a usage error. */
final class Options {

	private final Map<String, String> values = new HashMap<>();

	private final Set<String> flags = new HashSet<>();

	private Options() {
	}

	static Options parse(List<String> args, Set<String> withValue, Set<String> switches) {
		var options = new Options();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (switches.contains(arg)) {
				options.flags.add(arg);
			}
			else if (withValue.contains(arg)) {
				if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				if (options.values.put(arg, args.get(++i)) != null) {
					throw new IllegalArgumentException(arg + " is given twice");
				}
			}
			else {
				throw new IllegalArgumentException("unknown argument: " + arg);
			}
		}
		return options;
	}

	String required(String name) {
		return optional(name).orElseThrow(() -> new IllegalArgumentException(name + " is required"));
	}

	Optional<String> optional(String name) {
		return Optional.ofNullable(values.get(name));
	}

	boolean has(String flag) {
		return flags.contains(flag);
	}

	/** An existing readable file. */
	Path existingFile(String name) {
		Path path = Path.of(required(name));
		if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new IllegalArgumentException(name + ": no readable file " + path);
		}
		return path;
	}
}
