package org.whistle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.WebApplicationContext;
import org.whistle.catalog.input.ImportResult;
import org.whistle.catalog.rule.RuleDraft;
import org.whistle.catalog.rule.RuleVersion;
import org.whistle.catalog.rule.Rules;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.CityDemo;
import org.whistle.city.Location;
import org.whistle.city.Unit;

/** The catalog in the running application; each test's changes are rolled back. */
@SpringBootTest
@Transactional
@WithMockUser(username = "admin", roles = "ADMIN")
class CatalogIntegrationTests {

	static final String NOISE = "040203";

	@Autowired
	WebApplicationContext context;

	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	ResponsibilityCatalog responsibilities;

	@Autowired
	Rules rules;

	@Autowired
	City city;

	@Autowired
	CityDemo cityDemo;

	@Autowired
	CatalogDemo catalogDemo;

	@BeforeTransaction
	void demoCityAndCatalog() {
		cityDemo.generate();
		catalogDemo.generate();
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void the_bundled_taxonomy_is_there_from_the_start() {
		assertThat(catalog.children(null)).hasSize(15);
		assertThat(catalog.path("010208")).extracting(Category::name).containsExactly("城乡建设", "城市建设和市政管理", "冬季采暖");
		assertThat(catalog.categories()).hasSizeGreaterThanOrEqualTo(650);
	}

	@Test
	@WithMockUser(roles = "OPERATOR")
	void the_api_lists_the_categories_of_a_level_to_anyone_signed_in() throws Exception {
		mvc.perform(get("/api/catalog/categories").param("level", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(15)))
			.andExpect(jsonPath("$[0].code").value("01"))
			.andExpect(jsonPath("$[0].name").value("城乡建设"))
			.andExpect(jsonPath("$[0].level").value(1))
			.andExpect(jsonPath("$[0].parentCode").doesNotExist());
		mvc.perform(get("/api/catalog/rules")).andExpect(status().isOk());
		mvc.perform(get("/admin/catalog")).andExpect(status().isForbidden());
	}

	@Test
	void the_demo_catalog_sends_utilities_to_their_company_with_a_day_when_urgent() {
		Location place = somewhere();

		Assignment heating = responsibilities.assign("010208", place, true, Instant.now());
		assertThat(heating.lead()).map(Unit::code).contains("HEAT");
		assertThat(heating.coUnits()).extracting(Unit::code).containsExactly("CGW");
		assertThat(heating.resolutionDue()).isEqualTo(Duration.ofHours(24));
		assertThat(heating.reason()).contains("冬季采暖 @ 全市 → 城市热力集团");

		Assignment environment = responsibilities.assign("0401", place, false, Instant.now());
		assertThat(environment.lead()).map(Unit::code).contains("HBJ");
		assertThat(environment.resolutionDue()).isEqualTo(Duration.ofDays(7));
	}

	@Test
	void a_place_known_only_down_to_its_street_goes_to_the_street_office_when_the_community_leads() {
		Location place = somewhere();

		Assignment property = responsibilities.assign("011003", place, false, Instant.now());

		assertThat(property.lead()).map(Unit::areaCode).contains(place.street().code());
	}

	@Test
	void every_top_level_category_has_a_demo_rule() {
		List<String> covered = rules.latest().stream().map(rule -> rule.terms().categoryCode()).toList();

		assertThat(catalog.children(null)).extracting(Category::code).allMatch(covered::contains);
	}

	@Test
	void a_rule_for_a_street_beats_the_one_for_its_district() {
		Location place = somewhere();
		rules.create(draft(NOISE, place.district().code(), "HBJ"), "admin");
		RuleVersion street = rules.create(draft(NOISE, place.street().code(), "ZFJ"), "admin");

		Assignment assignment = responsibilities.assign(NOISE, place, false, Instant.now());

		assertThat(assignment.rule()).contains(street.ref());
		assertThat(assignment.lead()).map(Unit::code).contains("ZFJ");
	}

	@Test
	void a_rule_edited_on_its_page_applies_to_new_orders_only_from_the_moment_it_is_saved() throws Exception {
		Location place = somewhere();
		String location = mvc.perform(post("/admin/catalog/rules").with(csrf())
				.param("categoryCode", NOISE).param("areaCode", place.street().code())
				.param("leadUnit", "HBJ").param("contactHours", "12"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.replaceAll("\\D", ""));
		assertThat(responsibilities.assign(NOISE, place, false, Instant.now()).rule()).contains(new RuleRef(id, 1));
		Instant beforeTheEdit = Instant.now();
		Thread.sleep(5);

		mvc.perform(post("/admin/catalog/rules/{id}", id).with(csrf())
				.param("categoryCode", NOISE).param("areaCode", place.street().code())
				.param("leadKind", "STREET").param("coUnits", "HBJ ZFJ"))
			.andExpect(redirectedUrl("/admin/catalog/rules/" + id + "?saved"));

		Assignment before = responsibilities.assign(NOISE, place, false, beforeTheEdit);
		assertThat(before.rule()).contains(new RuleRef(id, 1));
		assertThat(before.lead()).map(Unit::code).contains("HBJ");
		assertThat(before.contactDue()).isEqualTo(Duration.ofHours(12));
		Assignment after = responsibilities.assign(NOISE, place, false, Instant.now());
		assertThat(after.rule()).contains(new RuleRef(id, 2));
		assertThat(after.lead()).map(Unit::areaCode).contains(place.street().code());
		assertThat(after.coUnits()).extracting(Unit::code).containsExactly("HBJ", "ZFJ");
		assertThat(after.reason()).startsWith("规则 " + id + " v2：噪音污染 @ " + place.street().name());
		mvc.perform(get("/admin/catalog/rules/{id}", id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("v1")))
			.andExpect(content().string(containsString("v2")));
	}

	@Test
	void an_invalid_rule_form_shows_its_errors_and_saves_nothing() throws Exception {
		int before = rules.latest().size();

		mvc.perform(post("/admin/catalog/rules").with(csrf()).param("categoryCode", NOISE).param("leadUnit", "XYZ")
				.param("resolutionDays", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未知单位代码 XYZ")))
			.andExpect(content().string(containsString("应为 1 到 60 的整数")));

		assertThat(rules.latest()).hasSize(before);
	}

	@Test
	void exported_rules_import_unchanged_and_an_edited_row_becomes_a_new_version() throws Exception {
		RuleVersion noise = rules.create(draft(NOISE, somewhere().street().code(), "HBJ"), "admin");
		String exported = mvc.perform(get("/admin/catalog/rules.csv"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/csv"))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int count = rules.latest().size();

		mvc.perform(multipart("/admin/catalog/rules/import").file(csv(exported)).with(csrf()))
			.andExpect(redirectedUrl("/admin/catalog/rules"))
			.andExpect(flash().attribute("imported", new ImportResult(0, 0, count, List.of())));

		String edited = exported.replace(noise.ruleId() + ",1," + NOISE + "," + noise.terms().areaCode() + ",,HBJ,",
				noise.ruleId() + ",1," + NOISE + "," + noise.terms().areaCode() + ",,ZFJ,");
		assertThat(edited).isNotEqualTo(exported);
		mvc.perform(multipart("/admin/catalog/rules/import").file(csv(edited)).with(csrf()))
			.andExpect(flash().attribute("imported", new ImportResult(0, 1, count - 1, List.of())));
		assertThat(rules.history(noise.ruleId())).extracting(v -> v.terms().lead().unitCode()).containsExactly("HBJ", "ZFJ");
	}

	@Test
	void a_malformed_import_is_rejected_whole_with_row_numbers() throws Exception {
		int before = rules.latest().size();
		String file = """
				rule_id,category_code,area_code,lead_kind,lead_unit,co_units,sign_for_hours,contact_hours,resolution_days,urgent_sign_for_hours,urgent_contact_hours,urgent_resolution_hours
				,040203,,,ZFJ,,,,,,,
				,0401,,,XYZ,,,,,,,
				""";

		mvc.perform(multipart("/admin/catalog/rules/import").file(csv(file)).with(csrf()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Row 3: unknown unit code XYZ")));

		assertThat(rules.latest()).hasSize(before);
	}

	@Test
	void exported_categories_import_unchanged_and_a_renamed_row_keeps_its_code() throws Exception {
		String exported = mvc.perform(get("/admin/catalog/categories.csv"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		int count = catalog.categories().size();

		mvc.perform(multipart("/admin/catalog/categories/import").file(csv(exported)).with(csrf()))
			.andExpect(flash().attribute("imported", new ImportResult(0, 0, count, List.of())));
		mvc.perform(multipart("/admin/catalog/categories/import").with(csrf())
				.file(csv(exported.replace("010208,冬季采暖,3,0102", "010208,供暖,3,0102"))))
			.andExpect(flash().attribute("imported", new ImportResult(0, 1, count - 1, List.of())));

		assertThat(catalog.category("010208")).map(Category::name).contains("供暖");
	}

	@Test
	void categories_are_added_renamed_and_retired_on_their_pages() throws Exception {
		mvc.perform(post("/admin/catalog/categories").with(csrf()).param("parentCode", "0102").param("name", "共享单车"))
			.andExpect(redirectedUrl("/admin/catalog/categories/010217?saved"));
		mvc.perform(post("/admin/catalog/categories/010217/rename").with(csrf()).param("name", "冬季采暖"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("同一上级下已有分类“冬季采暖”（010208）")));
		mvc.perform(post("/admin/catalog/categories/0102/deactivate").with(csrf()))
			.andExpect(redirectedUrl("/admin/catalog/categories/0102?saved"));

		assertThat(catalog.category("010217")).map(Category::active).contains(false);
		assertThat(catalog.children("01")).extracting(Category::code).doesNotContain("0102");
	}

	@Test
	void the_pages_render_in_chinese_and_english() throws Exception {
		mvc.perform(get("/admin/catalog"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("问题分类")))
			.andExpect(content().string(containsString("冬季采暖")));
		mvc.perform(get("/admin/catalog/tree").param("q", "采暖"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("010208")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("自来水供应"))));
		mvc.perform(get("/admin/catalog/categories/0102").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Subcategories")));
		mvc.perform(get("/admin/catalog/rules").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The most specific rule wins")));
		mvc.perform(get("/admin/catalog/rules/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新建规则")));
		mvc.perform(get("/admin/catalog/rules/preview").param("category", "010216")
				.param("place", somewhere().street().code()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("自来水集团")));
	}

	Location somewhere() {
		Area street = city.areas(AreaLevel.STREET).stream()
			.filter(area -> rules.latest().stream().noneMatch(rule -> area.code().equals(rule.terms().areaCode())))
			.findFirst()
			.orElseThrow();
		return new Location(null, null, street, city.area(street.parentCode()).orElseThrow());
	}

	static RuleDraft draft(String categoryCode, String areaCode, String leadUnit) {
		return new RuleDraft(categoryCode, areaCode, "", leadUnit, "", "", "", "", "", "", "");
	}

	static MockMultipartFile csv(String content) {
		return new MockMultipartFile("file", "rules.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}
}
