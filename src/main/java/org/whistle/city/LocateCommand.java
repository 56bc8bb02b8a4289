package org.whistle.city;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.whistle.Command;

/** {@code locate --lat 39.9 --lon 116.4}: the grid, community, street office and district of a point. */
@Component
class LocateCommand implements Command {

	static final int OUTSIDE = 1;

	private final City city;

	LocateCommand(City city) {
		this.city = city;
	}

	@Override
	public String name() {
		return "locate";
	}

	@Override
	public String summary() {
		return "the grid, community, street office and district of a point";
	}

	@Override
	public String usage() {
		return "locate --lat <latitude> --lon <longitude>";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.size() != 4) {
			throw new IllegalArgumentException("expected --lat and --lon, each with a number");
		}
		double lat = coordinate(args, "--lat", 90);
		double lon = coordinate(args, "--lon", 180);
		Optional<Location> location = city.locate(lat, lon);
		if (location.isEmpty()) {
			out.printf("(%s, %s) is outside the jurisdiction%n", lat, lon);
			return OUTSIDE;
		}
		print(out, "grid", location.get().grid());
		print(out, "community", location.get().community());
		print(out, "street", location.get().street());
		print(out, "district", location.get().district());
		return 0;
	}

	private static void print(PrintStream out, String level, Area area) {
		if (area != null) {
			out.printf("%-10s %-15s %s%n", level, area.code(), area.name());
		}
	}

	private static double coordinate(List<String> args, String option, int limit) {
		int at = args.indexOf(option);
		if (at < 0 || at + 1 >= args.size()) {
			throw new IllegalArgumentException(option + " is required");
		}
		double value;
		try {
			value = Double.parseDouble(args.get(at + 1));
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " must be a number: " + args.get(at + 1));
		}
		if (!(Math.abs(value) <= limit)) {
			throw new IllegalArgumentException(option + " must be between -" + limit + " and " + limit);
		}
		return value;
	}
}
