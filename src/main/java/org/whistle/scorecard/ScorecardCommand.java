package org.whistle.scorecard;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.whistle.Command;
import org.whistle.scorecard.history.Arguments;

/**
 * {@code scorecard --period 2026-10 --level street --format csv}: the same scorecard as the page
 * and {@code /api/scorecards}, on standard output (or, for xlsx, into {@code --output}).
 */
@Component
class ScorecardCommand implements Command {

	private final Scorecards scorecards;
	private final Clock clock;

	ScorecardCommand(Scorecards scorecards, Clock clock) {
		this.scorecards = scorecards;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "scorecard";
	}

	@Override
	public String summary() {
		return "the scorecard (三率 ranking) of a period and level as CSV or Excel";
	}

	@Override
	public String usage() {
		return "scorecard [--period 2026-10|2026-Q4|2026] [--level district|street|community|department|company] "
				+ "[--category <top-level code>] [--format csv|xlsx] [--output <file>]";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		Arguments options = Arguments.parse(args, Set.of("period", "level", "category", "format", "output"));
		Period period = Period.parse(options.get("period", YearMonth.now(clock).minusMonths(1).toString()));
		Level level = Level.parse(options.get("level", "street"));
		String format = options.get("format", "csv").toLowerCase(Locale.ROOT);
		String output = options.get("output", null);
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new IllegalArgumentException("--format must be csv or xlsx");
		}
		if (format.equals("xlsx") && output == null) {
			throw new IllegalArgumentException("--format xlsx needs --output <file>");
		}
		Scorecard card = scorecards.evaluate(period, level, options.get("category", null));
		if (output == null) {
			ScorecardTable.csv(card, new OutputStreamWriter(out, StandardCharsets.UTF_8));
		}
		else if (format.equals("csv")) {
			try (var writer = Files.newBufferedWriter(Path.of(output))) {
				ScorecardTable.csv(card, writer);
			}
		}
		else {
			try (var file = Files.newOutputStream(Path.of(output))) {
				ScorecardTable.excel(card, file);
			}
		}
		if (output != null) {
			err.printf("%s %s: %d units written to %s%n", period, level.param(), card.units().size(), output);
		}
		return 0;
	}
}
