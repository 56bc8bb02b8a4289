package org.whistle.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CityMapTest {

	private final CityMap city = SmallCity.map(SmallCity.shapes());

	@Test
	void a_point_inside_a_grid_is_located_in_that_grid_its_community_street_and_district() {
		Location location = city.locate(40.004, 116.013).orElseThrow();

		assertThat(location.grid().code()).isEqualTo(SmallCity.SOUTH_EAST);
		assertThat(location.community().code()).isEqualTo("990101001001");
		assertThat(location.street().code()).isEqualTo("990101001");
		assertThat(location.district().name()).isEqualTo("青河区");
	}

	@Test
	void a_point_on_the_border_of_two_grids_gets_the_grid_with_the_lower_code() {
		assertThat(gridAt(city, 40.005, 116.01)).isEqualTo(SmallCity.SOUTH_WEST);
		assertThat(gridAt(city, 40.01, 116.005)).isEqualTo(SmallCity.SOUTH_WEST);
	}

	@Test
	void the_answer_on_a_border_does_not_depend_on_the_order_the_grids_were_indexed_in() {
		List<AreaShape> reversed = new ArrayList<>(SmallCity.shapes());
		Collections.reverse(reversed);
		CityMap other = SmallCity.map(reversed);

		assertThat(gridAt(other, 40.005, 116.01)).isEqualTo(SmallCity.SOUTH_WEST);
		assertThat(gridAt(other, 40.01, 116.01)).isEqualTo(SmallCity.SOUTH_WEST);
	}

	@Test
	void a_point_on_a_vertex_shared_by_three_grids_gets_the_one_with_the_lowest_code() {
		assertThat(gridAt(city, 40.01, 116.01)).isEqualTo(SmallCity.SOUTH_WEST);
	}

	@Test
	void a_point_on_the_city_outline_is_inside_the_city() {
		assertThat(gridAt(city, 40.00, 116.00)).isEqualTo(SmallCity.SOUTH_WEST);
		assertThat(gridAt(city, 40.02, 116.005)).isEqualTo(SmallCity.NORTH_WEST);
		assertThat(gridAt(city, 40.015, 116.01)).isEqualTo(SmallCity.NORTH_WEST);
	}

	@Test
	void a_point_in_the_corner_left_out_of_the_city_is_outside() {
		assertThat(city.locate(40.015, 116.015)).isEmpty();
	}

	@Test
	void a_point_far_outside_or_not_a_number_is_outside() {
		assertThat(city.locate(39.0, 116.0)).isEmpty();
		assertThat(city.locate(0, 0)).isEmpty();
		assertThat(city.locate(-40.005, -116.005)).isEmpty();
		assertThat(city.locate(Double.NaN, 116.005)).isEmpty();
	}

	@Test
	void an_empty_city_locates_nothing() {
		assertThat(SmallCity.map(List.of()).locate(40.005, 116.005)).isEmpty();
	}

	@Test
	void areas_are_listed_by_level_in_code_order_and_found_by_code() {
		assertThat(city.areas(AreaLevel.GRID)).extracting(Area::code)
			.containsExactly(SmallCity.SOUTH_WEST, SmallCity.SOUTH_EAST, SmallCity.NORTH_WEST);
		assertThat(city.area("990101001002")).get().extracting(Area::name).isEqualTo("福和社区");
		assertThat(city.area("990199")).isEmpty();
		assertThat(city.area(null)).isEmpty();
	}

	@Test
	void the_areas_of_a_level_are_a_geojson_feature_collection() {
		JsonNode collection = JsonMapper.builder().build().readTree(city.geoJson(AreaLevel.COMMUNITY));

		assertThat(collection.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(collection.get("features")).hasSize(2);
		JsonNode first = collection.get("features").get(0);
		assertThat(first.get("type").asString()).isEqualTo("Feature");
		assertThat(first.get("geometry").get("type").asString()).isEqualTo("Polygon");
		assertThat(first.get("properties").get("code").asString()).isEqualTo("990101001001");
		assertThat(first.get("properties").get("name").asString()).isEqualTo("安平社区");
		assertThat(first.get("properties").get("level").asString()).isEqualTo("COMMUNITY");
		assertThat(first.get("properties").get("parentCode").asString()).isEqualTo("990101001");
	}

	@Test
	void geometries_written_as_geojson_read_back_the_same() {
		AreaShape grid = SmallCity.shapes().get(4);

		assertThat(GeoJson.read(GeoJson.write(grid.geometry())).equalsExact(grid.geometry())).isTrue();
	}

	private static String gridAt(City city, double lat, double lon) {
		return city.locate(lat, lon).orElseThrow().grid().code();
	}
}
