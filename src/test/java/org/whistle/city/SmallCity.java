package org.whistle.city;

import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-built city of 0.02° × 0.02°: three square grids of 0.01° (south-west, south-east,
 * north-west) in two communities; the north-east square is outside.
 *
 * <pre>
 * 40.02 +---------+
 *       | ...002  |  (outside)
 * 40.01 +---------+---------+
 *       | ...001  | ...002  |   grids 990101001001001 and 990101001001002
 * 40.00 +---------+---------+
 *    116.00    116.01    116.02
 * </pre>
 */
final class SmallCity {

	static final String SOUTH_WEST = "990101001001001";
	static final String SOUTH_EAST = "990101001001002";
	static final String NORTH_WEST = "990101001002001";

	private static final GeometryFactory FACTORY = new GeometryFactory();

	private SmallCity() {
	}

	static List<AreaShape> shapes() {
		return List.of(
				shape("990101", "青河区", AreaLevel.DISTRICT, null, lShape()),
				shape("990101001", "安平街道", AreaLevel.STREET, "990101", lShape()),
				shape("990101001001", "安平社区", AreaLevel.COMMUNITY, "990101001", square(116.00, 40.00, 2, 1)),
				shape("990101001002", "福和社区", AreaLevel.COMMUNITY, "990101001", square(116.00, 40.01, 1, 1)),
				shape(SOUTH_WEST, "安平社区第1网格", AreaLevel.GRID, "990101001001", square(116.00, 40.00, 1, 1)),
				shape(SOUTH_EAST, "安平社区第2网格", AreaLevel.GRID, "990101001001", square(116.01, 40.00, 1, 1)),
				shape(NORTH_WEST, "福和社区第1网格", AreaLevel.GRID, "990101001002", square(116.00, 40.01, 1, 1)));
	}

	static CityMap map(List<AreaShape> shapes) {
		return new CityMap(shapes, new GeoJson(JsonMapper.builder().build()));
	}

	private static AreaShape shape(String code, String name, AreaLevel level, String parent, Geometry geometry) {
		return new AreaShape(new Area(code, name, level, parent), geometry);
	}

	private static Geometry square(double west, double south, int width, int height) {
		double east = round(west + 0.01 * width);
		double north = round(south + 0.01 * height);
		return FACTORY.createPolygon(new Coordinate[] { new Coordinate(west, south), new Coordinate(east, south),
				new Coordinate(east, north), new Coordinate(west, north), new Coordinate(west, south) });
	}

	private static Geometry lShape() {
		return square(116.00, 40.00, 2, 1).union(square(116.00, 40.01, 1, 1));
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}
}
