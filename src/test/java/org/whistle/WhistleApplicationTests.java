package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;

@SpringBootTest
@AutoConfigureMockMvc
class WhistleApplicationTests {

	@Autowired
	Flyway flyway;

	@Autowired
	City city;

	@Autowired
	Units units;

	@Autowired
	MockMvc mvc;

	@Test
	void every_migration_runs_on_an_empty_database() {
		var migrations = flyway.info().all();
		assertThat(migrations).isNotEmpty();
		assertThat(Arrays.stream(migrations).map(m -> m.getState()))
			.allMatch(state -> state == MigrationState.SUCCESS);
	}

	@Test
	void the_demo_city_is_generated_at_first_start() {
		assertThat(city.areas(AreaLevel.DISTRICT)).hasSize(6);
		assertThat(city.areas(AreaLevel.STREET)).hasSizeBetween(35, 45);
		assertThat(city.areas(AreaLevel.COMMUNITY)).hasSizeBetween(250, 350);
		assertThat(city.areas(AreaLevel.GRID)).hasSizeBetween(2500, 3500);
		assertThat(units.all().stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)).hasSizeGreaterThanOrEqualTo(20);
		assertThat(units.all().stream().filter(u -> u.kind() == UnitKind.COMPANY)).hasSize(4);
	}

	@Test
	void the_demo_city_locates_a_point_in_its_middle() {
		var location = city.locate(39.95, 116.40).orElseThrow();
		assertThat(location.grid().code()).hasSize(15).startsWith(location.community().code());
		assertThat(location.community().code()).startsWith(location.street().code());
		assertThat(location.street().code()).startsWith(location.district().code());
	}

	@Test
	void health_is_public_and_up() throws Exception {
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void prometheus_metrics_are_served_to_an_admin_only() throws Exception {
		mvc.perform(get("/actuator/prometheus").header("X-Api-Key", "demo-admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
		mvc.perform(get("/actuator/prometheus").header("X-Api-Key", "demo-operator"))
			.andExpect(status().isForbidden());
	}

	@Test
	void help_runs_as_a_command_without_the_web_server() {
		assertThat(WhistleApplication.runCommand(new String[] { "help" })).isZero();
	}
}
