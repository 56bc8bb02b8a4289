package org.whistle.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Location;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;

/**
 * A tiny city with a few categories, for tests without Spring: two districts, a street in
 * each (two in the first), one community, their governments, a few departments and companies.
 */
public final class SmallCatalog implements Catalog, City, Units {

	public static final String DISTRICT = "990101";

	public static final String STREET = "990101001";

	public static final String OTHER_STREET = "990101002";

	public static final String COMMUNITY = "990101001001";

	public static final String OTHER_DISTRICT = "990102";

	public static final String OTHER_DISTRICTS_STREET = "990102001";

	public static final String URBAN = "01";

	public static final String WORKS = "0102";

	public static final String HEATING = "010208";

	public static final String WATER = "010216";

	public static final String ENVIRONMENT = "04";

	public static final String RETIRED = "0199";

	private final List<Category> categories = List.of(new Category(URBAN, "城乡建设", 1, null, true),
			new Category(WORKS, "城市建设和市政管理", 2, URBAN, true), new Category(HEATING, "冬季采暖", 3, WORKS, true),
			new Category(WATER, "自来水供应", 3, WORKS, true), new Category(RETIRED, "旧分类", 2, URBAN, false),
			new Category(ENVIRONMENT, "环境保护", 1, null, true));

	private final List<Area> areas = List.of(new Area(DISTRICT, "东城区", AreaLevel.DISTRICT, null),
			new Area(STREET, "东华门街道", AreaLevel.STREET, DISTRICT),
			new Area(OTHER_STREET, "景山街道", AreaLevel.STREET, DISTRICT),
			new Area(COMMUNITY, "多福巷社区", AreaLevel.COMMUNITY, STREET),
			new Area(OTHER_DISTRICT, "西城区", AreaLevel.DISTRICT, null),
			new Area(OTHER_DISTRICTS_STREET, "西长安街街道", AreaLevel.STREET, OTHER_DISTRICT));

	private final List<Unit> units = List.of(new Unit(1, DISTRICT, "东城区人民政府", UnitKind.DISTRICT, null, DISTRICT),
			new Unit(2, STREET, "东华门街道办事处", UnitKind.STREET, 1L, STREET),
			new Unit(3, COMMUNITY, "多福巷社区居委会", UnitKind.COMMUNITY, 2L, COMMUNITY),
			new Unit(4, OTHER_DISTRICT, "西城区人民政府", UnitKind.DISTRICT, null, OTHER_DISTRICT),
			new Unit(10, "CGW", "城市管理委员会", UnitKind.DEPARTMENT, null, null),
			new Unit(11, "ZJW", "住房和城乡建设委员会", UnitKind.DEPARTMENT, null, null),
			new Unit(12, "HBJ", "生态环境局", UnitKind.DEPARTMENT, null, null),
			new Unit(20, "HEAT", "城市热力集团", UnitKind.COMPANY, null, null),
			new Unit(21, "WATER", "自来水集团", UnitKind.COMPANY, null, null));

	/** Where a request at {@link #COMMUNITY} is. */
	public Location inCommunity() {
		return new Location(null, area(COMMUNITY).orElseThrow(), area(STREET).orElseThrow(), area(DISTRICT).orElseThrow());
	}

	/** Where a request in {@link #OTHER_STREET}, outside any community, is. */
	public Location inOtherStreet() {
		return new Location(null, null, area(OTHER_STREET).orElseThrow(), area(DISTRICT).orElseThrow());
	}

	@Override
	public List<Category> categories() {
		return categories.stream().filter(Category::active).toList();
	}

	@Override
	public Optional<Category> category(String code) {
		return categories.stream().filter(c -> c.code().equals(code)).findFirst();
	}

	@Override
	public List<Category> children(String parentCode) {
		return categories().stream().filter(c -> Objects.equals(c.parentCode(), parentCode)).toList();
	}

	@Override
	public List<Category> path(String code) {
		return categories.stream().filter(c -> code.startsWith(c.code())).toList();
	}

	@Override
	public Optional<Location> locate(double lat, double lon) {
		return Optional.empty();
	}

	@Override
	public Optional<Area> area(String code) {
		return areas.stream().filter(a -> a.code().equals(code)).findFirst();
	}

	@Override
	public List<Area> areas(AreaLevel level) {
		return areas.stream().filter(a -> a.level() == level).toList();
	}

	@Override
	public String geoJson(AreaLevel level) {
		return "{\"type\":\"FeatureCollection\",\"features\":[]}";
	}

	@Override
	public List<Unit> all() {
		return units;
	}

	@Override
	public Optional<Unit> byId(long id) {
		return units.stream().filter(u -> u.id() == id).findFirst();
	}

	@Override
	public Optional<Unit> byCode(String code) {
		return units.stream().filter(u -> u.code().equals(code)).findFirst();
	}

	@Override
	public Optional<Unit> governing(String areaCode) {
		return units.stream().filter(u -> areaCode.equals(u.areaCode())).findFirst();
	}
}
