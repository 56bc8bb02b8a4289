package org.whistle.city;

import java.util.List;
import java.util.Optional;

/** The handling units: governments of districts, streets and communities, departments, companies. */
public interface Units {

	List<Unit> all();

	Optional<Unit> byId(long id);

	Optional<Unit> byCode(String code);

	/** The unit that governs an area (district government, street office, community). */
	Optional<Unit> governing(String areaCode);
}
