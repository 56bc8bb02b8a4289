package org.whistle.routing.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whistle.city.City;
import org.whistle.city.CityDemo;
import org.whistle.routing.PlaceKind;

class PlaceFileTest {

	static final City CITY = CityDemo.inMemory();

	final PlaceFile file = new PlaceFile(CITY);

	@Test
	void a_csv_row_becomes_a_place_in_the_community_its_point_lies_in() throws Exception {
		List<Feature> places = file.csv(new StringReader("""
				kind,name,aliases,lat,lon
				COMPOUND,望京花园,望京花园小区|望花,39.95,116.40
				road,清河大街,清河街,39.96,116.41
				"""));

		assertThat(places).hasSize(2);
		assertThat(places.get(0)).isEqualTo(new Feature("望京花园", PlaceKind.COMPOUND, List.of("望京花园小区", "望花"),
				CITY.locate(39.95, 116.40).orElseThrow().community().code(), 39.95, 116.40));
		assertThat(places.get(1).kind()).isEqualTo(PlaceKind.ROAD);
	}

	@Test
	void a_file_with_a_wrong_row_is_refused_whole_with_the_line() {
		assertThatThrownBy(() -> file.csv(new StringReader("""
				kind,name,aliases,lat,lon
				COMPOUND,望京花园,,39.95,116.40
				COMPOUND,城外小区,,30.0,120.0
				DISTRICT,某区,,39.95,116.40
				""")))
			.isInstanceOf(PlaceFile.InvalidPlaces.class)
			.hasMessageContaining("line 3: (30.0, 120.0) is outside the city")
			.hasMessageContaining("line 4: kind must be ROAD or COMPOUND");
		assertThatThrownBy(() -> file.csv(new StringReader("name,lat\n某小区,39.9\n")))
			.hasMessageContaining("the header must be kind,name,aliases,lat,lon");
	}

	@Test
	void a_geojson_polygon_is_placed_at_a_point_inside_it() {
		List<Feature> places = file.geoJson("""
				{"type":"FeatureCollection","features":[{"type":"Feature",
				 "properties":{"kind":"COMPOUND","name":"方庄小区","aliases":"方庄"},
				 "geometry":{"type":"Polygon","coordinates":[[[116.399,39.949],[116.401,39.949],[116.401,39.951],
				   [116.399,39.951],[116.399,39.949]]]}}]}
				""");

		assertThat(places).singleElement().satisfies(place -> {
			assertThat(place.name()).isEqualTo("方庄小区");
			assertThat(place.aliases()).containsExactly("方庄");
			assertThat(place.lat()).isBetween(39.949, 39.951);
			assertThat(place.lon()).isBetween(116.399, 116.401);
		});
	}
}
