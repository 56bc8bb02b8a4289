package org.whistle.city;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import com.fasterxml.jackson.annotation.JsonRawValue;

import tools.jackson.databind.json.JsonMapper;

/** Areas as GeoJSON (RFC 7946): geometries by JTS, the feature collections around them by Jackson. */
final class GeoJson {

	/** Six decimals of a degree are about 0.1 m: the precision of the area data. */
	static final int DECIMALS = 6;

	private final JsonMapper json;

	GeoJson(JsonMapper json) {
		this.json = json;
	}

	static String write(Geometry geometry) {
		var writer = new GeoJsonWriter(DECIMALS);
		writer.setEncodeCRS(false);
		writer.setForceCCW(true);
		return writer.write(geometry);
	}

	static Geometry read(String geoJson) {
		try {
			return new GeoJsonReader().read(geoJson);
		}
		catch (ParseException e) {
			throw new IllegalArgumentException("Not a GeoJSON geometry: " + e.getMessage(), e);
		}
	}

	String featureCollection(List<AreaShape> shapes) {
		List<Feature> features = shapes.stream().map(shape -> new Feature(write(shape.geometry()),
				new Properties(shape.area().code(), shape.area().name(), shape.area().level(), shape.area().parentCode())))
			.toList();
		return json.writeValueAsString(new FeatureCollection(features));
	}

	private record FeatureCollection(String type, List<Feature> features) {

		FeatureCollection(List<Feature> features) {
			this("FeatureCollection", features);
		}
	}

	private record Feature(String type, @JsonRawValue String geometry, Properties properties) {

		Feature(String geometry, Properties properties) {
			this("Feature", geometry, properties);
		}
	}

	private record Properties(String code, String name, AreaLevel level, String parentCode) {
	}
}
