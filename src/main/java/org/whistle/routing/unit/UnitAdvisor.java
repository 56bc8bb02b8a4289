package org.whistle.routing.unit;

import java.time.Instant;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.whistle.catalog.Assignment;
import org.whistle.catalog.ResponsibilityCatalog;
import org.whistle.city.Area;
import org.whistle.city.Location;
import org.whistle.routing.PlaceCandidate;
import org.whistle.routing.PlaceKind;
import org.whistle.routing.UnitGuess;

/**
 * The responsibility catalog applied to a category and a guessed place. The reason is the
 * catalog's (rule, category, rule's area, unit) followed by the place it was applied to.
 */
@Component
public class UnitAdvisor {

	private final ResponsibilityCatalog catalog;

	UnitAdvisor(ResponsibilityCatalog catalog) {
		this.catalog = catalog;
	}

	/**
	 * @param place the place named, or {@code null}
	 * @param location where that place lies, or {@code null} when unknown
	 * @throws IllegalArgumentException for an unknown category
	 */
	public UnitGuess suggest(String categoryCode, PlaceCandidate place, Location location, boolean urgent,
			Instant at) {
		Assignment assignment = catalog.assign(categoryCode, location, urgent, at);
		var coUnits = assignment.coUnits().stream()
			.filter(unit -> assignment.lead().map(lead -> lead.id() != unit.id()).orElse(true))
			.toList();
		return new UnitGuess(assignment.lead(), coUnits, assignment.reason() + "；" + where(place, location),
				assignment.rule());
	}

	static String where(PlaceCandidate place, Location location) {
		if (location == null) {
			return "地点未定";
		}
		String areas = Stream.of(location.community(), location.street(), location.district())
			.filter(Objects::nonNull).map(Area::name).collect(Collectors.joining(" · "));
		if (place != null && (place.kind() == PlaceKind.COMPOUND || place.kind() == PlaceKind.ROAD)) {
			return "地点：" + place.name() + "（" + areas + "）";
		}
		return "地点：" + areas;
	}
}
