package org.whistle;

import java.io.PrintStream;
import java.util.List;

/**
 * A task run from the command line as {@code java -jar whistle.jar <name> [args]}. Modules
 * contribute commands as beans; the application runs them without the web server.
 */
public interface Command {

	String name();

	/** One line for {@code help}. */
	String summary();

	/** The arguments, as shown by {@code help <name>}. */
	default String usage() {
		return name();
	}

	/** Runs the command and returns the process exit code. */
	int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
