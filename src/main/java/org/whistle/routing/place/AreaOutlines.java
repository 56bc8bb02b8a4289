package org.whistle.routing.place;

import java.util.LinkedHashMap;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The polygons of one level of the city's areas, by code, read from the city's GeoJSON. */
final class AreaOutlines {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private AreaOutlines() {
	}

	static Map<String, Geometry> of(City city, AreaLevel level) {
		Map<String, Geometry> outlines = new LinkedHashMap<>();
		GeoJsonReader reader = new GeoJsonReader();
		for (JsonNode feature : JSON.readTree(city.geoJson(level)).path("features")) {
			try {
				outlines.put(feature.path("properties").path("code").asString(),
						reader.read(feature.path("geometry").toString()));
			}
			catch (ParseException unreadable) {
				throw new IllegalStateException("The city's GeoJSON has a geometry JTS cannot read", unreadable);
			}
		}
		return outlines;
	}
}
