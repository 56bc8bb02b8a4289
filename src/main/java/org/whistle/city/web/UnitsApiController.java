package org.whistle.city.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whistle.city.UnitKind;
import org.whistle.city.UnitRegistry;

/** The handling units, for dispatch screens and other systems. */
@RestController
class UnitsApiController {

	private final UnitRegistry units;

	UnitsApiController(UnitRegistry units) {
		this.units = units;
	}

	@GetMapping("/api/units")
	List<UnitJson> units(@RequestParam(required = false) UnitKind kind) {
		return units.list(kind).stream().map(UnitJson::of).toList();
	}

	/** {@code parent} is the parent unit's id; inactive units receive no new orders. */
	record UnitJson(long id, String code, String name, UnitKind kind, Long parent, String areaCode, boolean active) {

		static UnitJson of(UnitRegistry.Entry entry) {
			var unit = entry.unit();
			return new UnitJson(unit.id(), unit.code(), unit.name(), unit.kind(), unit.parentId(), unit.areaCode(),
					entry.active());
		}
	}
}
