package org.whistle.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.whistle.city.DemoCityGenerator.DemoCity;
import org.whistle.city.JdbcUnits.UnitSeed;

import tools.jackson.databind.json.JsonMapper;

class DemoCityGeneratorTest {

	private static DemoCity city;
	private static Map<String, AreaShape> byCode;

	@BeforeAll
	static void generate() {
		city = DemoCityGenerator.generate();
		byCode = city.areas().stream().collect(Collectors.toMap(shape -> shape.area().code(), Function.identity()));
	}

	@Test
	void the_city_has_six_districts_about_forty_streets_three_hundred_communities_and_three_thousand_grids() {
		assertThat(level(AreaLevel.DISTRICT)).extracting(shape -> shape.area().name())
			.containsExactly("青河区", "东湖区", "北辰区", "西山区", "云岭区", "南苑区");
		assertThat(level(AreaLevel.STREET)).hasSizeBetween(35, 45);
		assertThat(level(AreaLevel.COMMUNITY)).hasSizeBetween(270, 330);
		assertThat(level(AreaLevel.GRID)).hasSizeBetween(2_700, 3_300);
	}

	@Test
	void every_code_follows_the_code_rule_under_its_parent() {
		for (AreaShape shape : city.areas()) {
			Area area = shape.area();
			assertThat(AreaCode.isValid(area.code(), area.level())).as(area.code()).isTrue();
			if (area.level() == AreaLevel.DISTRICT) {
				assertThat(area.parentCode()).isNull();
				assertThat(area.code()).startsWith(DemoCityGenerator.PROVINCE);
			}
			else {
				assertThat(AreaCode.isChildOf(area.code(), area.parentCode())).as(area.code()).isTrue();
				assertThat(byCode).containsKey(area.parentCode());
			}
		}
	}

	@Test
	void streets_and_communities_have_distinct_names_and_townships_have_villages() {
		List<String> names = Stream.of(level(AreaLevel.STREET), level(AreaLevel.COMMUNITY)).flatMap(List::stream)
			.map(shape -> shape.area().name()).toList();
		assertThat(names).doesNotHaveDuplicates();
		for (AreaShape community : level(AreaLevel.COMMUNITY)) {
			String street = byCode.get(community.area().parentCode()).area().name();
			assertThat(community.area().name()).endsWith(street.endsWith("镇") ? "村" : "社区");
			assertThat(street).matches(".+(街道|镇)");
		}
		assertThat(level(AreaLevel.GRID)).allSatisfy(grid -> assertThat(grid.area().name())
			.startsWith(byCode.get(grid.area().parentCode()).area().name()).endsWith("网格"));
	}

	@Test
	void the_grids_tile_the_city_without_gaps_or_overlaps() {
		List<Geometry> grids = level(AreaLevel.GRID).stream().map(AreaShape::geometry).toList();
		Geometry union = UnaryUnionOp.union(grids);
		double sumOfAreas = grids.stream().mapToDouble(Geometry::getArea).sum();

		assertThat(union).isInstanceOf(Polygon.class);
		assertThat(((Polygon) union).getNumInteriorRing()).isZero();
		assertThat(sumOfAreas).isCloseTo(union.getArea(), within(union.getArea() * 1e-9));
		assertThat(union.getEnvelopeInternal().getMinY()).isGreaterThanOrEqualTo(CityDemo.SOUTH);
		assertThat(union.getEnvelopeInternal().getMaxY()).isLessThanOrEqualTo(CityDemo.NORTH);
		assertThat(union.getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(CityDemo.WEST);
		assertThat(union.getEnvelopeInternal().getMaxX()).isLessThanOrEqualTo(CityDemo.EAST);
	}

	@Test
	void no_grid_overlaps_a_neighbour_and_every_grid_is_a_valid_polygon() {
		var index = new STRtree();
		level(AreaLevel.GRID).forEach(grid -> index.insert(grid.geometry().getEnvelopeInternal(), grid));
		for (AreaShape grid : level(AreaLevel.GRID)) {
			assertThat(grid.geometry().isValid()).as(grid.area().code()).isTrue();
			for (Object item : index.query(grid.geometry().getEnvelopeInternal())) {
				AreaShape other = (AreaShape) item;
				if (other != grid) {
					boolean interiorsMeet = grid.geometry().relate(other.geometry(), "T********");
					assertThat(interiorsMeet).as(grid.area().code() + " and " + other.area().code()).isFalse();
				}
			}
		}
	}

	@Test
	void each_district_street_and_community_is_one_valid_polygon_made_of_its_children() {
		Map<String, List<AreaShape>> children = city.areas().stream().filter(shape -> shape.area().parentCode() != null)
			.collect(Collectors.groupingBy(shape -> shape.area().parentCode()));
		for (AreaShape parent : city.areas()) {
			if (parent.area().level() == AreaLevel.GRID) {
				continue;
			}
			Geometry shape = parent.geometry();
			List<AreaShape> parts = children.get(parent.area().code());
			double sumOfParts = parts.stream().mapToDouble(part -> part.geometry().getArea()).sum();
			assertThat(shape).as(parent.area().code()).isInstanceOf(Polygon.class);
			assertThat(shape.isValid()).as(parent.area().code()).isTrue();
			assertThat(sumOfParts).as(parent.area().code()).isCloseTo(shape.getArea(), within(shape.getArea() * 1e-9));
			assertThat(parts).allSatisfy(part -> assertThat(shape.covers(part.geometry())).isTrue());
		}
	}

	@Test
	void coordinates_are_rounded_to_six_decimals() {
		for (AreaShape grid : level(AreaLevel.GRID)) {
			for (Coordinate c : grid.geometry().getCoordinates()) {
				assertThat(Math.round(c.x * 1e6) / 1e6).isEqualTo(c.x);
				assertThat(Math.round(c.y * 1e6) / 1e6).isEqualTo(c.y);
			}
		}
	}

	@Test
	void every_area_but_the_grids_has_a_governing_unit_under_its_parents_unit() {
		Map<String, UnitSeed> units = city.units().stream().collect(Collectors.toMap(UnitSeed::code, Function.identity()));
		for (AreaShape shape : city.areas()) {
			Area area = shape.area();
			if (area.level() == AreaLevel.GRID) {
				continue;
			}
			UnitSeed unit = units.get(area.code());
			assertThat(unit).as(area.code()).isNotNull();
			assertThat(unit.kind().name()).isEqualTo(area.level().name());
			assertThat(unit.areaCode()).isEqualTo(area.code());
			assertThat(unit.parentCode()).isEqualTo(area.parentCode());
			assertThat(unit.name()).startsWith(area.name());
		}
		assertThat(units.get("990101").name()).isEqualTo("青河区人民政府");
	}

	@Test
	void the_city_has_its_departments_and_companies() {
		Map<UnitKind, List<String>> codes = city.units().stream()
			.filter(unit -> unit.kind() == UnitKind.DEPARTMENT || unit.kind() == UnitKind.COMPANY)
			.collect(Collectors.groupingBy(UnitSeed::kind, Collectors.mapping(UnitSeed::code, Collectors.toList())));

		assertThat(codes.get(UnitKind.DEPARTMENT)).containsExactlyInAnyOrder("CGW", "ZJW", "JTW", "SWJ", "HBJ", "SJJ", "GAJ",
				"JYW", "WJW", "RSJ", "MZJ", "SWU", "WLJ", "GHZ", "YLJ", "NYJ", "YJJ", "ZFJ", "FGW", "SHJ", "TYJ", "YBJ", "ZWJ");
		assertThat(codes.get(UnitKind.COMPANY)).containsExactlyInAnyOrder("HEAT", "WATER", "POWER", "GAS");
		assertThat(city.units()).filteredOn(unit -> unit.code().equals("ZWJ")).singleElement()
			.extracting(UnitSeed::name).isEqualTo("政务服务管理局");
	}

	@Test
	void two_runs_give_the_same_city() {
		DemoCity again = DemoCityGenerator.generate();

		assertThat(again.units()).isEqualTo(city.units());
		assertThat(again.areas()).hasSameSizeAs(city.areas());
		for (int i = 0; i < city.areas().size(); i++) {
			AreaShape expected = city.areas().get(i);
			AreaShape actual = again.areas().get(i);
			assertThat(actual.area()).isEqualTo(expected.area());
			assertThat(actual.geometry().equalsExact(expected.geometry())).as(expected.area().code()).isTrue();
		}
	}

	@Test
	void the_inside_of_every_grid_is_located_in_that_grid_and_the_box_corners_are_outside() {
		var map = new CityMap(city.areas(), new GeoJson(JsonMapper.builder().build()));
		for (AreaShape grid : level(AreaLevel.GRID)) {
			Coordinate inside = grid.geometry().getInteriorPoint().getCoordinate();
			assertThat(map.locate(inside.y, inside.x)).get().extracting(location -> location.grid().code())
				.isEqualTo(grid.area().code());
		}
		assertThat(map.locate(CityDemo.SOUTH + 1e-4, CityDemo.WEST + 1e-4)).isEmpty();
		assertThat(map.locate(CityDemo.NORTH - 1e-4, CityDemo.EAST - 1e-4)).isEmpty();
	}

	private static List<AreaShape> level(AreaLevel level) {
		return city.areas().stream().filter(shape -> shape.area().level() == level)
			.sorted(Comparator.comparing(shape -> shape.area().code())).toList();
	}
}
