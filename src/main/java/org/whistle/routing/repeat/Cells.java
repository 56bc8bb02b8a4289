package org.whistle.routing.repeat;

import java.util.ArrayList;
import java.util.List;

/**
 * A fixed lattice of cells 0.0025° on a side (about 280 m × 210 m at 40°N) that open orders are
 * filed under, so that the orders near a point are those of a few cells. The lattice does not
 * depend on any setting: a changed radius needs no re-indexing.
 */
final class Cells {

	static final double SIZE = 0.0025;

	private static final long ROW = 1_000_000L;

	static final double METRES_PER_DEGREE = 111_320;

	private Cells() {
	}

	static long of(double lat, double lon) {
		return row(lat) * ROW + column(lon);
	}

	/** The cells that the circle of {@code metres} around the point touches. */
	static List<Long> around(double lat, double lon, double metres) {
		double dLat = metres / METRES_PER_DEGREE;
		double dLon = metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
		List<Long> cells = new ArrayList<>();
		for (long row = row(lat - dLat); row <= row(lat + dLat); row++) {
			for (long column = column(lon - dLon); column <= column(lon + dLon); column++) {
				cells.add(row * ROW + column);
			}
		}
		return cells;
	}

	/** Metres between two points (equirectangular: exact enough within a city). */
	static double metres(double lat1, double lon1, double lat2, double lon2) {
		double x = Math.toRadians(lon2 - lon1) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
		double y = Math.toRadians(lat2 - lat1);
		return Math.sqrt(x * x + y * y) * 6_371_000;
	}

	private static long row(double lat) {
		return (long) Math.floor((lat + 90) / SIZE);
	}

	private static long column(double lon) {
		return (long) Math.floor((lon + 180) / SIZE);
	}
}
