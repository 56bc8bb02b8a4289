package org.whistle.workorder.web;

import org.springframework.stereotype.Component;
import org.whistle.city.Unit;
import org.whistle.city.Units;

/** Checks the units an action names before the order sees them. */
@Component
class UnitChecks {

	private final Units units;

	UnitChecks(Units units) {
		this.units = units;
	}

	void requireExisting(long unitId) {
		units.byId(unitId).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitId));
	}

	/** 二级派单 goes down the tree: to a unit whose parents include the acting unit. */
	void requireBelow(long unitId, long parentId) {
		Unit unit = units.byId(unitId).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitId));
		Long parent = unit.parentId();
		while (parent != null) {
			if (parent == parentId) {
				return;
			}
			parent = units.byId(parent).map(Unit::parentId).orElse(null);
		}
		throw new IllegalArgumentException("Unit " + unitId + " is not below your unit: pass an order down only to your own sub-units");
	}
}
