package org.whistle.city;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.whistle.city.JdbcUnits.UnitSeed;

/**
 * Generates the demo city in memory, the same every time: about 3,000 lattice cells become
 * grids, grouped by {@link RegionGrowth} into 6 districts, about 40 street offices and 300
 * communities. A street office far out is a township (镇) whose communities are villages (村).
 */
final class DemoCityGenerator {

	static final long SEED = 12_345L;
	static final String PROVINCE = "9901";
	static final int COLUMNS = 68;
	static final int ROWS = 64;
	static final int STREETS = 40;
	static final int COMMUNITIES = 300;
	/** Street offices whose seed lies further out than this (0 centre, 1 outline) are townships. */
	private static final double TOWNSHIP_REMOTENESS = 0.8;
	private static final List<String> DEPARTMENTS = List.of("CGW 城市管理委员会", "ZJW 住房和城乡建设委员会", "JTW 交通委员会",
			"SWJ 水务局", "HBJ 生态环境局", "SJJ 市场监督管理局", "GAJ 公安局", "JYW 教育委员会", "WJW 卫生健康委员会",
			"RSJ 人力资源和社会保障局", "MZJ 民政局", "SWU 商务局", "WLJ 文化和旅游局", "GHZ 规划和自然资源委员会", "YLJ 园林绿化局",
			"NYJ 农业农村局", "YJJ 应急管理局", "ZFJ 城管执法局", "FGW 发展和改革委员会", "SHJ 税务局", "TYJ 体育局", "YBJ 医疗保障局",
			"ZWJ 政务服务管理局");
	private static final List<String> COMPANIES = List.of("HEAT 城市热力集团", "WATER 自来水集团", "POWER 供电公司", "GAS 燃气集团");

	private final GeometryFactory factory = new GeometryFactory();
	private final Random random = new Random(SEED);
	private final DemoLattice lattice = new DemoLattice(CityDemo.SOUTH, CityDemo.WEST, CityDemo.NORTH, CityDemo.EAST,
			COLUMNS, ROWS, random);
	private final DemoNames names = new DemoNames(random);
	private final int cityCells = lattice.cityCells().size();
	private final List<AreaShape> areas = new ArrayList<>();
	private final List<UnitSeed> units = new ArrayList<>();

	private DemoCityGenerator() {
	}

	static DemoCity generate() {
		return new DemoCityGenerator().city();
	}

	private DemoCity city() {
		DEPARTMENTS.forEach(entry -> units.add(cityUnit(entry, UnitKind.DEPARTMENT)));
		COMPANIES.forEach(entry -> units.add(cityUnit(entry, UnitKind.COMPANY)));
		List<Integer> cells = lattice.cityCells();
		int[] seeds = districtSeeds();
		int[] district = RegionGrowth.grow(lattice, cells, seeds, RegionGrowth.speeds(seeds.length, 0.75, 1.3, random),
				random);
		for (int i = 0; i < seeds.length; i++) {
			String code = PROVINCE + String.format("%02d", i + 1);
			var area = new Area(code, DemoNames.DISTRICTS.get(i), AreaLevel.DISTRICT, null);
			units.add(new UnitSeed(code, area.name() + "人民政府", UnitKind.DISTRICT, null, code));
			areas.add(new AreaShape(area, streets(area, cellsOf(district, i))));
		}
		return new DemoCity(List.copyOf(areas), List.copyOf(units));
	}

	/** One seed in the centre, five around it. */
	private int[] districtSeeds() {
		double turn = random.nextDouble() * 0.5;
		int[] seeds = new int[DemoNames.DISTRICTS.size()];
		seeds[0] = lattice.cellNear(0.5, 0.5);
		for (int i = 1; i < seeds.length; i++) {
			double angle = 2 * Math.PI * (i - 1 + turn - 0.25) / (seeds.length - 1);
			double radius = 0.26 + 0.08 * random.nextDouble();
			seeds[i] = lattice.cellNear(0.5 + radius * StrictMath.cos(angle), 0.5 + radius * StrictMath.sin(angle));
		}
		return seeds;
	}

	private Geometry streets(Area district, List<Integer> cells) {
		int count = Math.max(3, Math.round((float) STREETS * cells.size() / cityCells));
		int[] seeds = northToSouth(RegionGrowth.spreadSeeds(lattice, cells, count, random));
		int[] street = RegionGrowth.grow(lattice, cells, seeds, RegionGrowth.speeds(count, 0.8, 1.25, random), random);
		List<Geometry> shapes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			boolean township = lattice.remoteness(seeds[i]) > TOWNSHIP_REMOTENESS;
			String code = AreaCode.child(district.code(), i + 1);
			String name = names.next() + (township ? "镇" : "街道");
			var area = new Area(code, name, AreaLevel.STREET, district.code());
			units.add(new UnitSeed(code, name + (township ? "人民政府" : "办事处"), UnitKind.STREET, district.code(), code));
			Geometry shape = communities(area, cellsOf(street, i), township);
			areas.add(new AreaShape(area, shape));
			shapes.add(shape);
		}
		return union(shapes);
	}

	private Geometry communities(Area street, List<Integer> cells, boolean township) {
		int count = Math.min(cells.size(), Math.max(2, Math.round((float) COMMUNITIES * cells.size() / cityCells)));
		int[] seeds = northToSouth(RegionGrowth.spreadSeeds(lattice, cells, count, random));
		int[] community = RegionGrowth.grow(lattice, cells, seeds, RegionGrowth.speeds(count, 0.8, 1.25, random), random);
		List<Geometry> shapes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			String code = AreaCode.child(street.code(), i + 1);
			String name = names.next() + (township ? "村" : "社区");
			var area = new Area(code, name, AreaLevel.COMMUNITY, street.code());
			units.add(new UnitSeed(code, name + (township ? "村委会" : "居委会"), UnitKind.COMMUNITY, street.code(), code));
			Geometry shape = grids(area, cellsOf(community, i));
			areas.add(new AreaShape(area, shape));
			shapes.add(shape);
		}
		return union(shapes);
	}

	private Geometry grids(Area community, List<Integer> cells) {
		List<Geometry> shapes = new ArrayList<>();
		List<Integer> ordered = cells.stream().sorted(northToSouth()).toList();
		for (int i = 0; i < ordered.size(); i++) {
			String code = AreaCode.child(community.code(), i + 1);
			Polygon polygon = lattice.polygon(ordered.get(i), factory);
			areas.add(new AreaShape(new Area(code, community.name() + "第" + (i + 1) + "网格", AreaLevel.GRID,
					community.code()), polygon));
			shapes.add(polygon);
		}
		return union(shapes);
	}

	private List<Integer> cellsOf(int[] regions, int region) {
		return IntStream.range(0, regions.length).filter(cell -> regions[cell] == region).boxed().toList();
	}

	/** Codes are given from north-west to south-east, as a map is read. */
	private int[] northToSouth(int[] cells) {
		return IntStream.of(cells).boxed().sorted(northToSouth()).mapToInt(Integer::intValue).toArray();
	}

	private Comparator<Integer> northToSouth() {
		return Comparator.comparingInt((Integer cell) -> -lattice.row(cell)).thenComparingInt(lattice::column);
	}

	/** Adjacent cells share exact vertices, so the union is exact; connected regions give one polygon. */
	private static Polygon union(List<Geometry> shapes) {
		Geometry union = UnaryUnionOp.union(shapes);
		if (!(union instanceof Polygon polygon)) {
			throw new IllegalStateException("A region of the demo city is not one polygon: " + union.getGeometryType());
		}
		return polygon;
	}

	private static UnitSeed cityUnit(String entry, UnitKind kind) {
		String[] codeAndName = entry.split(" ", 2);
		return new UnitSeed(codeAndName[0], codeAndName[1], kind, null, null);
	}

	/** The generated areas (parents and children in any order) and units (parents first). */
	record DemoCity(List<AreaShape> areas, List<UnitSeed> units) {
	}
}
