package org.whistle.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.whistle.audit.AuditRecord;
import org.whistle.audit.AuditedCaches;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whistle.city.UnitRegistry.Change;
import org.whistle.city.UnitRegistry.InvalidUnit;
import org.whistle.city.UnitRegistry.NewUnit;

import tools.jackson.databind.json.JsonMapper;

/** The demo city written to and read from the database, and the units over it; no Spring context. */
class StoredCityTest {

	private static CityTestDatabase database;
	private static JdbcUnits units;
	private static CityIndex index;
	private static CityDemo demo;
	private static final AtomicInteger changes = new AtomicInteger();

	@BeforeAll
	static void storeTheDemoCity() {
		database = new CityTestDatabase();
		var jdbc = JdbcClient.create(database.dataSource());
		var template = new JdbcTemplate(database.dataSource());
		var areas = new AreaStore(jdbc, template);
		var caches = new AuditedCaches();
		units = new JdbcUnits(jdbc, template, event -> caches.on((AuditRecord) event), caches);
		index = new CityIndex(areas, JsonMapper.builder().build());
		demo = new CityDemo(areas, units, event -> {
			changes.incrementAndGet();
			index.on((AreasChanged) event);
		});
		assertThat(index.locate(39.95, 116.4)).as("nothing before the city exists").isEmpty();
		demo.generate();
	}

	@AfterAll
	static void dropTheDatabase() {
		database.close();
	}

	@Test
	void the_demo_city_is_stored_and_the_index_follows_at_once() {
		assertThat(changes).hasValue(1);
		assertThat(index.areas(AreaLevel.DISTRICT)).hasSize(6);
		assertThat(index.locate(39.95, 116.4)).isPresent();
	}

	@Test
	void generating_again_on_a_city_that_exists_does_nothing() {
		int unitCount = units.all().size();

		demo.generate();

		assertThat(changes).hasValue(1);
		assertThat(units.all()).hasSize(unitCount);
	}

	@Test
	void the_stored_city_locates_every_point_as_the_generated_one() {
		City inMemory = CityDemo.inMemory();
		var random = new Random(7);
		for (int i = 0; i < 2_000; i++) {
			double lat = CityDemo.SOUTH + (CityDemo.NORTH - CityDemo.SOUTH) * random.nextDouble();
			double lon = CityDemo.WEST + (CityDemo.EAST - CityDemo.WEST) * random.nextDouble();
			assertThat(index.locate(lat, lon)).as("%s, %s", lat, lon).isEqualTo(inMemory.locate(lat, lon));
		}
	}

	@Test
	void the_unit_governing_a_grid_is_its_community_and_an_area_is_governed_by_its_own_unit() {
		Location location = index.locate(39.95, 116.4).orElseThrow();

		assertThat(units.governing(location.grid().code())).get().extracting(Unit::code)
			.isEqualTo(location.community().code());
		assertThat(units.governing(location.street().code())).get().extracting(Unit::kind).isEqualTo(UnitKind.STREET);
		assertThat(units.governing("990101")).get().extracting(Unit::name).isEqualTo("青河区人民政府");
		assertThat(units.governing("12345")).isEmpty();
		assertThat(units.governing(null)).isEmpty();
	}

	@Test
	void units_are_found_by_code_and_id_with_their_parent() {
		Unit street = units.byCode("990101001").orElseThrow();
		Unit district = units.byCode("990101").orElseThrow();

		assertThat(street.parentId()).isEqualTo(district.id());
		assertThat(street.areaCode()).isEqualTo("990101001");
		assertThat(units.byId(district.id())).contains(district);
		assertThat(units.byCode("ZWJ")).get().extracting(Unit::name, Unit::parentId, Unit::areaCode)
			.containsExactly("政务服务管理局", null, null);
		assertThat(units.byCode("NOPE")).isEmpty();
		assertThat(units.byIds(java.util.List.of(street.id(), district.id(), -1L)))
			.isEqualTo(java.util.Map.of(street.id(), street, district.id(), district));
		assertThat(units.byIds(java.util.List.of())).isEmpty();
	}

	@Test
	void units_are_listed_by_kind() {
		assertThat(units.list(UnitKind.COMPANY)).extracting(entry -> entry.unit().code())
			.containsExactly("GAS", "HEAT", "POWER", "WATER");
		assertThat(units.list(null).get(0).unit().kind()).isEqualTo(UnitKind.DISTRICT);
		assertThat(units.list(UnitKind.DISTRICT)).allMatch(UnitRegistry.Entry::active);
	}

	@Test
	void a_new_unit_is_created_under_its_parent() {
		long parent = units.byCode("CGW").orElseThrow().id();

		Unit unit = units.create(new NewUnit("CGW-ROADS", "城市管理委员会道路处", UnitKind.DEPARTMENT, parent, ""));

		assertThat(units.byCode("CGW-ROADS")).contains(unit);
		assertThat(unit.parentId()).isEqualTo(parent);
		assertThat(unit.areaCode()).isNull();
	}

	@Test
	void a_unit_code_is_unique() {
		assertThatThrownBy(() -> units.create(new NewUnit("HEAT", "又一个热力集团", UnitKind.COMPANY, null, null)))
			.isInstanceOfSatisfying(InvalidUnit.class, e -> assertThat(e.field()).isEqualTo("code"))
			.hasMessageContaining("exists");
	}

	@Test
	void invalid_units_are_rejected_naming_the_field_and_nothing_is_saved() {
		int before = units.all().size();

		assertRejected(new NewUnit("lower case", "名称", UnitKind.COMPANY, null, null), "code");
		assertRejected(new NewUnit("ABC", " ", UnitKind.COMPANY, null, null), "name");
		assertRejected(new NewUnit("ABC", "名称", null, null, null), "kind");
		assertRejected(new NewUnit("ABC", "名称", UnitKind.COMMUNITY, null, "990101"), "areaCode");
		assertRejected(new NewUnit("ABC", "名称", UnitKind.DEPARTMENT, null, "999999"), "areaCode");
		assertRejected(new NewUnit("ABC", "名称", UnitKind.DEPARTMENT, 999_999L, null), "parentId");

		assertThat(units.all()).hasSize(before);
	}

	@Test
	void a_unit_is_renamed_moved_and_deactivated_and_then_governs_nothing() {
		Unit community = units.byCode("990102001001").orElseThrow();
		Unit street = units.byCode("990102001").orElseThrow();
		long district = units.byCode("990102").orElseThrow().id();
		assertThat(units.governing("990102001001")).contains(community);

		units.update(community.id(), new Change("改名社区居委会", district, false));

		var entry = units.entry(community.id()).orElseThrow();
		assertThat(entry.unit().name()).isEqualTo("改名社区居委会");
		assertThat(entry.unit().parentId()).isEqualTo(district);
		assertThat(entry.unit().code()).isEqualTo(community.code());
		assertThat(entry.active()).isFalse();
		assertThat(units.governing("990102001001")).contains(street);
	}

	@Test
	void a_unit_cannot_be_placed_under_itself_or_its_own_units() {
		Unit district = units.byCode("990103").orElseThrow();
		Unit community = units.byCode("990103001001").orElseThrow();

		assertThatThrownBy(() -> units.update(district.id(), new Change(district.name(), community.id(), true)))
			.isInstanceOfSatisfying(InvalidUnit.class, e -> assertThat(e.field()).isEqualTo("parentId"));
		assertThatThrownBy(() -> units.update(district.id(), new Change(district.name(), district.id(), true)))
			.isInstanceOf(InvalidUnit.class);
		assertThat(units.byId(district.id()).orElseThrow().parentId()).isNull();
	}

	private static void assertRejected(NewUnit unit, String field) {
		assertThatThrownBy(() -> units.create(unit))
			.isInstanceOfSatisfying(InvalidUnit.class, e -> assertThat(e.field()).isEqualTo(field));
	}
}
