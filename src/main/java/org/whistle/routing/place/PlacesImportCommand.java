package org.whistle.routing.place;

import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;
import org.whistle.Command;
import org.whistle.city.City;

/** {@code places-import --input F.csv|F.geojson [--replace]}: a real city's roads and residential compounds. */
@Component
class PlacesImportCommand implements Command {

	private final Places places;

	private final City city;

	PlacesImportCommand(Places places, City city) {
		this.places = places;
		this.city = city;
	}

	@Override
	public String name() {
		return "places-import";
	}

	@Override
	public String summary() {
		return "imports roads and residential compounds (CSV or GeoJSON) into the gazetteer";
	}

	@Override
	public String usage() {
		return "places-import --input <file.csv|file.geojson> [--replace]   CSV header: " + String.join(",", PlaceFile.HEADER);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		int at = args.indexOf("--input");
		if (at < 0 || at + 1 >= args.size()) {
			throw new IllegalArgumentException("--input is required");
		}
		Path input = Path.of(args.get(at + 1));
		PlaceFile file = new PlaceFile(city);
		List<Feature> features;
		try {
			if (input.getFileName().toString().toLowerCase().endsWith("json")) {
				features = file.geoJson(Files.readString(input, StandardCharsets.UTF_8));
			}
			else {
				try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
					features = file.csv(reader);
				}
			}
		}
		catch (PlaceFile.InvalidPlaces invalid) {
			err.println(invalid.getMessage());
			err.println("nothing imported");
			return 1;
		}
		places.importAll(features, args.contains("--replace"));
		out.printf("imported %d places%n", features.size());
		return 0;
	}
}
