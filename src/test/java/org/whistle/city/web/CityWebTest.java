package org.whistle.city.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.whistle.city.City;
import org.whistle.city.CityDemo;
import org.whistle.city.Location;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;

@SpringBootTest
@WithMockUser
class CityWebTest {

	@Autowired
	WebApplicationContext context;

	@Autowired
	CityDemo demo;

	@Autowired
	City city;

	@Autowired
	Units units;

	MockMvc mvc;

	@BeforeEach
	void theDemoCityExists() {
		demo.generate();
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void a_point_in_the_city_is_located_in_its_grid_community_street_and_district() throws Exception {
		Location expected = city.locate(39.95, 116.4).orElseThrow();

		mvc.perform(get("/api/city/locate").param("lat", "39.95").param("lon", "116.4"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.grid.code").value(expected.grid().code()))
			.andExpect(jsonPath("$.grid.name").value(expected.grid().name()))
			.andExpect(jsonPath("$.community.code").value(expected.community().code()))
			.andExpect(jsonPath("$.street.name").value(expected.street().name()))
			.andExpect(jsonPath("$.district.code").value(startsWith("9901")));
	}

	@Test
	void a_point_outside_the_city_is_not_found_as_a_problem() throws Exception {
		mvc.perform(get("/api/city/locate").param("lat", "39.0").param("lon", "116.0"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("outside the jurisdiction")));
	}

	@Test
	void missing_malformed_or_impossible_coordinates_are_bad_requests_as_problems() throws Exception {
		mvc.perform(get("/api/city/locate").param("lat", "39.95"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/city/locate").param("lat", "north").param("lon", "116.4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/city/locate").param("lat", "91").param("lon", "116.4"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("lat must be between -90 and 90")));
		mvc.perform(get("/api/city/locate").param("lat", "39.95").param("lon", "NaN"))
			.andExpect(status().isBadRequest());
	}

	@Test
	@WithAnonymousUser
	void the_api_needs_a_login_or_a_key() throws Exception {
		mvc.perform(get("/api/city/locate").param("lat", "39.95").param("lon", "116.4"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void units_are_listed_with_their_parent_and_filtered_by_kind() throws Exception {
		long district = units.byCode("990101").orElseThrow().id();

		mvc.perform(get("/api/units"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == '990101001')].parent").value(contains((int) district)));
		mvc.perform(get("/api/units").param("kind", "COMPANY"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(4)))
			.andExpect(jsonPath("$[0].code").value("GAS"))
			.andExpect(jsonPath("$[0].name").value("燃气集团"))
			.andExpect(jsonPath("$[0].kind").value("COMPANY"))
			.andExpect(jsonPath("$[0].id").isNumber())
			.andExpect(jsonPath("$[0].parent").doesNotExist());
		mvc.perform(get("/api/units").param("kind", "PLANET")).andExpect(status().isBadRequest());
	}

	@Test
	void the_areas_of_a_level_are_a_geojson_feature_collection() throws Exception {
		mvc.perform(get("/api/city/areas.geojson").param("level", "DISTRICT"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features", hasSize(6)))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"))
			.andExpect(jsonPath("$.features[0].properties.code").value("990101"))
			.andExpect(jsonPath("$.features[0].properties.name").value("青河区"))
			.andExpect(jsonPath("$.features[0].properties.level").value("DISTRICT"));
		mvc.perform(get("/api/city/areas.geojson").param("level", "STREET"))
			.andExpect(jsonPath("$.features[0].properties.parentCode").value("990101"));
	}

	@Test
	void the_map_page_lists_the_districts_and_loads_leaflet() throws Exception {
		String page = mvc.perform(get("/map")).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"district-list\"", "青河区", "南苑区", "/webjars/leaflet/dist/leaflet.js",
				"/js/map.js");
		assertThat(page).as("no tile server is configured").doesNotContain("data-tile-url");
		assertThat(Pattern.compile("<li data-code=\"9901\\d\\d\"").matcher(page).results().count()).isEqualTo(6);
		mvc.perform(get("/webjars/leaflet/dist/leaflet.js")).andExpect(status().isOk());
		mvc.perform(get("/map").param("lang", "en")).andExpect(content().string(containsString("City map")));
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void only_administrators_see_the_unit_administration() throws Exception {
		mvc.perform(get("/admin/units")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void administrators_list_units_by_kind() throws Exception {
		mvc.perform(get("/admin/units").param("kind", "DEPARTMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("政务服务管理局")))
			.andExpect(content().string(not(containsString("燃气集团"))));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void an_administrator_creates_a_unit_and_then_edits_it_but_not_its_code() throws Exception {
		long parent = units.byCode("SWJ").orElseThrow().id();

		mvc.perform(post("/admin/units").with(csrf()).param("code", "SWJ-FLOOD").param("name", "防汛办公室")
				.param("kind", "DEPARTMENT").param("parentId", String.valueOf(parent)).param("areaCode", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/admin/units/*?saved"));
		long id = units.byCode("SWJ-FLOOD").orElseThrow().id();

		mvc.perform(post("/admin/units/" + id).with(csrf()).param("code", "CHANGED").param("name", "防汛抗旱办公室")
				.param("parentId", String.valueOf(parent)).param("_active", "on"))
			.andExpect(status().is3xxRedirection());

		assertThat(units.byId(id)).get().satisfies(unit -> {
			assertThat(unit.code()).isEqualTo("SWJ-FLOOD");
			assertThat(unit.name()).isEqualTo("防汛抗旱办公室");
			assertThat(unit.kind()).isEqualTo(UnitKind.DEPARTMENT);
		});
		mvc.perform(get("/admin/units/" + id)).andExpect(content().string(containsString("防汛抗旱办公室")));
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void invalid_or_duplicate_units_are_shown_with_their_errors_and_not_saved() throws Exception {
		int before = units.all().size();

		mvc.perform(post("/admin/units").with(csrf()).param("code", "bad code").param("name", "某单位")
				.param("kind", "COMPANY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("编码须为")));
		mvc.perform(post("/admin/units").with(csrf()).param("code", "HEAT").param("name", "又一个热力集团")
				.param("kind", "COMPANY"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该编码已被其他单位使用")));
		mvc.perform(post("/admin/units").with(csrf()).param("code", "NEW-STREET").param("name", "新街道")
				.param("kind", "STREET").param("areaCode", "990101"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同级辖区")));

		assertThat(units.all()).hasSize(before);
	}

	@Test
	@WithMockUser(roles = "ADMIN")
	void a_form_without_its_csrf_token_is_refused() throws Exception {
		mvc.perform(post("/admin/units").param("code", "NO-TOKEN").param("name", "无令牌").param("kind", "COMPANY"))
			.andExpect(status().isForbidden());
		assertThat(units.byCode("NO-TOKEN")).isEmpty();
	}
}
