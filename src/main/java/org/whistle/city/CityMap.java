package org.whistle.city;

import static org.locationtech.jts.geom.Location.EXTERIOR;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable snapshot of the city: its areas and a spatial index over the grids. Everything
 * that {@link #locate} needs is built up front, so a lookup only walks the tree and tests a
 * few small polygons.
 */
final class CityMap implements City {

	private final Map<String, Area> areas;
	private final Map<AreaLevel, List<AreaShape>> shapesByLevel;
	private final STRtree gridIndex = new STRtree();
	private final Envelope extent = new Envelope();
	private final GeoJson features;
	private final Map<AreaLevel, String> geoJsonByLevel = new ConcurrentHashMap<>();

	CityMap(List<AreaShape> shapes, GeoJson features) {
		this.features = features;
		this.areas = shapes.stream().map(AreaShape::area)
				.collect(Collectors.toUnmodifiableMap(Area::code, Function.identity()));
		this.shapesByLevel = new EnumMap<>(AreaLevel.class);
		for (AreaLevel level : AreaLevel.values()) {
			shapesByLevel.put(level, shapes.stream().filter(shape -> shape.area().level() == level)
					.sorted(Comparator.comparing(shape -> shape.area().code())).toList());
		}
		List<AreaShape> grids = shapesByLevel.get(AreaLevel.GRID);
		for (int rank = 0; rank < grids.size(); rank++) {
			AreaShape grid = grids.get(rank);
			var cell = new GridCell(rank, new IndexedPointInAreaLocator(grid.geometry()), Optional.of(locationOf(grid.area())));
			// the locator builds its index on first use: do it here, before the map is shared between threads
			cell.locator.locate(grid.geometry().getCoordinate());
			gridIndex.insert(grid.geometry().getEnvelopeInternal(), cell);
			extent.expandToInclude(grid.geometry().getEnvelopeInternal());
		}
		gridIndex.build();
	}

	/**
	 * The grid whose polygon covers the point; on a border shared by several grids, the one with
	 * the lowest code, so that the answer never depends on the order of the index.
	 */
	@Override
	public Optional<Location> locate(double lat, double lon) {
		if (!extent.contains(lon, lat)) {
			return Optional.empty();
		}
		var point = new Coordinate(lon, lat);
		GridCell found = null;
		for (Object item : gridIndex.query(new Envelope(point))) {
			GridCell cell = (GridCell) item;
			if ((found == null || cell.rank < found.rank) && cell.locator.locate(point) != EXTERIOR) {
				found = cell;
			}
		}
		return found == null ? Optional.empty() : found.location;
	}

	@Override
	public Optional<Area> area(String code) {
		return Optional.ofNullable(code).map(areas::get);
	}

	@Override
	public List<Area> areas(AreaLevel level) {
		return shapesByLevel.get(level).stream().map(AreaShape::area).toList();
	}

	@Override
	public String geoJson(AreaLevel level) {
		return geoJsonByLevel.computeIfAbsent(level, l -> features.featureCollection(shapesByLevel.get(l)));
	}

	boolean isEmpty() {
		return areas.isEmpty();
	}

	private Location locationOf(Area grid) {
		Area community = parentOf(grid);
		Area street = parentOf(community);
		return new Location(grid, community, street, parentOf(street));
	}

	private Area parentOf(Area area) {
		return area == null || area.parentCode() == null ? null : areas.get(area.parentCode());
	}

	/** One indexed grid; {@code rank} orders grids by code, and the answer is built once. */
	private record GridCell(int rank, IndexedPointInAreaLocator locator, Optional<Location> location) {
	}
}
