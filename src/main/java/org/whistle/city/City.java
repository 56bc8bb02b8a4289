package org.whistle.city;

import java.util.List;
import java.util.Optional;

/** The city's areas and where a point lies in them. */
public interface City {

	/** The grid, community, street and district of a point; empty outside the jurisdiction. */
	Optional<Location> locate(double lat, double lon);

	Optional<Area> area(String code);

	List<Area> areas(AreaLevel level);

	/** The areas of one level as a GeoJSON FeatureCollection with properties code, name, level, parentCode. */
	String geoJson(AreaLevel level);
}
