package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CommandsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final Command echo = new Command() {
		@Override
		public String name() {
			return "echo";
		}

		@Override
		public String summary() {
			return "prints its arguments";
		}

		@Override
		public String usage() {
			return "echo <words>";
		}

		@Override
		public int run(List<String> args, PrintStream out, PrintStream err) {
			if (args.isEmpty()) {
				throw new IllegalArgumentException("nothing to echo");
			}
			out.println(String.join(" ", args));
			return 0;
		}
	};

	private final Commands commands = new Commands(List.of(echo), new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));

	@Test
	void help_lists_every_command_with_its_summary() {
		assertThat(commands.run("help")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("help").contains("echo").contains("prints its arguments");
	}

	@Test
	void help_for_one_command_shows_its_usage() {
		assertThat(commands.run("help", "echo")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage: java -jar whistle.jar echo <words>");
	}

	@Test
	void a_command_runs_with_the_remaining_arguments() {
		assertThat(commands.run("echo", "接诉", "即办")).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("接诉 即办" + System.lineSeparator());
	}

	@Test
	void an_unknown_command_is_a_usage_error() {
		assertThat(commands.run("launch-rockets")).isEqualTo(Commands.USAGE_ERROR);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command: launch-rockets");
	}

	@Test
	void bad_arguments_print_the_usage_and_exit_with_two() {
		assertThat(commands.run("echo")).isEqualTo(Commands.USAGE_ERROR);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing to echo").contains("echo <words>");
	}
}
