package org.whistle.city;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The handling units: governments of districts, streets and communities, departments, companies. */
public interface Units {

	List<Unit> all();

	Optional<Unit> byId(long id);

	/** The units with these ids; unknown ids are absent. The stored units answer in one query. */
	default Map<Long, Unit> byIds(Collection<Long> ids) {
		Map<Long, Unit> found = new HashMap<>();
		ids.forEach(id -> byId(id).ifPresent(unit -> found.put(id, unit)));
		return found;
	}

	Optional<Unit> byCode(String code);

	/** The unit that governs an area (district government, street office, community). */
	Optional<Unit> governing(String areaCode);
}
