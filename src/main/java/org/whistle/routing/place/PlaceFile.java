package org.whistle.routing.place;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.whistle.city.City;
import org.whistle.city.Location;
import org.whistle.routing.PlaceKind;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a city's roads and residential compounds: CSV with the header {@code kind,name,aliases,lat,lon}
 * (kind ROAD or COMPOUND, aliases separated by {@code |}), or a GeoJSON FeatureCollection of points
 * or polygons with the properties {@code kind}, {@code name} and {@code aliases}. Each place must
 * lie in the city: its community is where its point (a polygon's interior point) lies.
 */
final class PlaceFile {

	static final List<String> HEADER = List.of("kind", "name", "aliases", "lat", "lon");

	/** A place the file describes wrongly, with its line (CSV) or feature number (GeoJSON). */
	static final class InvalidPlaces extends RuntimeException {

		InvalidPlaces(List<String> problems) {
			super(String.join("\n", problems));
		}
	}

	private final City city;

	PlaceFile(City city) {
		this.city = city;
	}

	List<Feature> csv(Reader input) throws IOException {
		List<Feature> features = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
		var parser = format.parse(input);
		if (!parser.getHeaderNames().containsAll(HEADER)) {
			throw new InvalidPlaces(List.of("the header must be " + String.join(",", HEADER)));
		}
		for (CSVRecord row : parser) {
			String where = "line " + parser.getCurrentLineNumber();
			try {
				features.add(feature(row.get("kind"), row.get("name"), row.get("aliases"),
						Double.parseDouble(row.get("lat")), Double.parseDouble(row.get("lon")), where));
			}
			catch (IllegalArgumentException wrong) {
				problems.add(where + ": " + wrong.getMessage());
			}
		}
		return checked(features, problems);
	}

	List<Feature> geoJson(String text) {
		List<Feature> features = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		JsonNode collection;
		try {
			collection = JsonMapper.builder().build().readTree(text);
		}
		catch (JacksonException unreadable) {
			throw new InvalidPlaces(List.of("not JSON: " + unreadable.getOriginalMessage()));
		}
		GeoJsonReader reader = new GeoJsonReader();
		int number = 0;
		for (JsonNode node : collection.path("features")) {
			String where = "feature " + ++number;
			try {
				Geometry geometry = reader.read(node.path("geometry").toString());
				Point point = geometry instanceof Point p ? p : geometry.getInteriorPoint();
				JsonNode properties = node.path("properties");
				features.add(feature(properties.path("kind").asString(""), properties.path("name").asString(""),
						properties.path("aliases").asString(""), point.getY(), point.getX(), where));
			}
			catch (ParseException | IllegalArgumentException wrong) {
				problems.add(where + ": " + wrong.getMessage());
			}
		}
		return checked(features, problems);
	}

	private Feature feature(String kind, String name, String aliases, double lat, double lon, String where) {
		PlaceKind placeKind = PlaceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
		if (placeKind != PlaceKind.ROAD && placeKind != PlaceKind.COMPOUND) {
			throw new IllegalArgumentException("kind must be ROAD or COMPOUND, not " + kind);
		}
		if (name.isBlank() || name.length() > 100) {
			throw new IllegalArgumentException("a name of 1 to 100 characters is required");
		}
		Location location = city.locate(lat, lon)
			.orElseThrow(() -> new IllegalArgumentException("(" + lat + ", " + lon + ") is outside the city"));
		List<String> alias = Arrays.stream(aliases.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList();
		return new Feature(name.strip(), placeKind, alias, location.community().code(), lat, lon);
	}

	private static List<Feature> checked(List<Feature> features, List<String> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidPlaces(problems);
		}
		return features;
	}
}
