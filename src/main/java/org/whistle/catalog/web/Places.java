package org.whistle.catalog.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Location;

/** The location of an area, as if a request came from it. */
final class Places {

	private Places() {
	}

	/** The area and those around it; empty for an unknown or blank code. */
	static Optional<Location> location(City city, String areaCode) {
		Map<AreaLevel, Area> byLevel = new EnumMap<>(AreaLevel.class);
		Optional<Area> area = areaCode.isBlank() ? Optional.empty() : city.area(areaCode);
		while (area.isPresent()) {
			byLevel.put(area.get().level(), area.get());
			String parent = area.get().parentCode();
			area = parent == null ? Optional.empty() : city.area(parent);
		}
		if (byLevel.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Location(byLevel.get(AreaLevel.GRID), byLevel.get(AreaLevel.COMMUNITY),
				byLevel.get(AreaLevel.STREET), byLevel.get(AreaLevel.DISTRICT)));
	}
}
