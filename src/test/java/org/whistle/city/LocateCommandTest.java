package org.whistle.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocateCommandTest {

	private final LocateCommand command = new LocateCommand(SmallCity.map(SmallCity.shapes()));
	private final ByteArrayOutputStream output = new ByteArrayOutputStream();
	private final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

	@Test
	void a_point_in_the_city_prints_its_grid_community_street_and_district() {
		int exit = command.run(List.of("--lat", "40.005", "--lon", "116.015"), out, out);

		assertThat(exit).isZero();
		assertThat(printed()).contains("grid", SmallCity.SOUTH_EAST, "安平社区第2网格", "community", "安平社区", "street",
				"安平街道", "district", "990101", "青河区");
	}

	@Test
	void a_point_outside_prints_that_it_is_outside_the_jurisdiction_and_exits_with_one() {
		int exit = command.run(List.of("--lon", "116.4", "--lat", "39.9"), out, out);

		assertThat(exit).isEqualTo(1);
		assertThat(printed()).contains("outside the jurisdiction");
	}

	@Test
	void missing_malformed_or_impossible_coordinates_are_usage_errors() {
		assertThatThrownBy(() -> command.run(List.of("--lat", "40.005"), out, out))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> command.run(List.of("--lat", "north", "--lon", "116"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--lat");
		assertThatThrownBy(() -> command.run(List.of("--lat", "91", "--lon", "116"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between -90 and 90");
		assertThatThrownBy(() -> command.run(List.of("--lat", "40", "--lat", "116"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--lon");
	}

	private String printed() {
		return output.toString(StandardCharsets.UTF_8);
	}
}
