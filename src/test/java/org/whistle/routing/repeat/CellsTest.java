package org.whistle.routing.repeat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class CellsTest {

	@Test
	void the_cells_around_a_point_hold_every_point_within_the_radius() {
		Random random = new Random(7);
		for (int i = 0; i < 10_000; i++) {
			double lat = 39.8 + random.nextDouble() * 0.3;
			double lon = 116.2 + random.nextDouble() * 0.4;
			double bearing = random.nextDouble() * 2 * Math.PI;
			double metres = random.nextDouble() * 250;
			double otherLat = lat + metres * Math.cos(bearing) / Cells.METRES_PER_DEGREE;
			double otherLon = lon + metres * Math.sin(bearing) / (Cells.METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
			assertThat(Cells.around(lat, lon, 250)).contains(Cells.of(otherLat, otherLon));
		}
	}

	@Test
	void a_radius_of_250_metres_touches_a_dozen_cells_at_most() {
		assertThat(Cells.around(39.95, 116.4, 250)).hasSizeLessThanOrEqualTo(12);
	}

	@Test
	void a_thousandth_of_a_degree_of_latitude_is_about_111_metres() {
		assertThat(Cells.metres(39.95, 116.4, 39.951, 116.4)).isCloseTo(111.2, within(0.5));
	}
}
