package org.whistle;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Finds the command named by the first argument and runs it; {@code help} lists them all. */
@Component
class Commands {

	static final int USAGE_ERROR = 2;

	private final Map<String, Command> byName;
	private final PrintStream out;
	private final PrintStream err;

	@Autowired
	Commands(List<Command> commands) {
		this(commands, System.out, System.err);
	}

	Commands(List<Command> commands, PrintStream out, PrintStream err) {
		this.byName = commands.stream().collect(Collectors.toMap(Command::name, Function.identity()));
		this.out = out;
		this.err = err;
	}

	int run(String... args) {
		String name = args[0];
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (name.equals("help")) {
			return help(rest);
		}
		Command command = byName.get(name);
		if (command == null) {
			err.println("Unknown command: " + name + ". Run 'help' for the list.");
			return USAGE_ERROR;
		}
		try {
			return command.run(rest, out, err);
		}
		catch (IllegalArgumentException e) {
			err.println(name + ": " + e.getMessage());
			err.println("usage: java -jar whistle.jar " + command.usage());
			return USAGE_ERROR;
		}
		catch (Exception e) {
			err.println(name + " failed: " + e);
			return 1;
		}
	}

	private int help(List<String> rest) {
		if (!rest.isEmpty()) {
			Command command = byName.get(rest.get(0));
			if (command == null) {
				err.println("Unknown command: " + rest.get(0));
				return USAGE_ERROR;
			}
			out.println(command.summary());
			out.println("usage: java -jar whistle.jar " + command.usage());
			return 0;
		}
		out.println("Whistle commands (java -jar whistle.jar <command> [arguments]):");
		out.printf("  %-20s %s%n", "help [command]", "this list, or one command's usage");
		byName.values().stream().sorted(Comparator.comparing(Command::name))
				.forEach(c -> out.printf("  %-20s %s%n", c.name(), c.summary()));
		out.println("Without a command, Whistle starts its server.");
		return 0;
	}
}
