package org.whistle.workorder.web;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;

/** The units the forms offer: dispatch goes to districts, streets, departments and companies. */
@Component
class UnitChoices {

	private static final List<UnitKind> DISPATCHED_TO = List.of(UnitKind.DEPARTMENT, UnitKind.COMPANY,
			UnitKind.DISTRICT, UnitKind.STREET);

	private final Units units;

	UnitChoices(Units units) {
		this.units = units;
	}

	/** The units a dispatcher may name, by kind (departments and companies first), each ordered by code. */
	Map<UnitKind, List<Unit>> forDispatch() {
		Map<UnitKind, List<Unit>> byKind = new LinkedHashMap<>();
		DISPATCHED_TO.forEach(kind -> byKind.put(kind, new ArrayList<>()));
		units.all().stream()
			.filter(unit -> DISPATCHED_TO.contains(unit.kind()))
			.sorted(Comparator.comparing(Unit::code))
			.forEach(unit -> byKind.get(unit.kind()).add(unit));
		return byKind;
	}

	/** The units directly below a unit (二级派单 goes to them). */
	List<Unit> below(long unitId) {
		return units.all().stream()
			.filter(unit -> Long.valueOf(unitId).equals(unit.parentId()))
			.sorted(Comparator.comparing(Unit::code))
			.toList();
	}

	Map<Long, Unit> byId() {
		return units.all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
	}
}
