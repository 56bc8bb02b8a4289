package org.whistle.workorder;

import java.util.EnumSet;
import java.util.Set;

import org.whistle.people.Role;
import org.whistle.people.Staff;

/**
 * Who sees which orders: the hotline centre's roles see every order; a handling unit's staff
 * see only the orders their unit is involved in. Others see none.
 */
final class Visibility {

	private static final Set<Role> CENTRE = EnumSet.of(Role.ADMIN, Role.OPERATOR, Role.DISPATCHER, Role.CALLBACK,
			Role.ANALYST, Role.LEADER);

	private Visibility() {
	}

	static boolean seesAll(Staff staff) {
		return staff.roles().stream().anyMatch(CENTRE::contains);
	}

	static boolean sees(Staff staff, WorkOrderView order) {
		return seesAll(staff) || (isUnitStaff(staff) && order.involves(staff.unitId()));
	}

	static boolean isUnitStaff(Staff staff) {
		return staff.has(Role.HANDLER) || staff.has(Role.GRID_WORKER);
	}

	/** Callers' names and phones: for those who talk to callers, and the unit handling the order. */
	static boolean seesCaller(Staff staff, WorkOrderView order) {
		return staff.has(Role.OPERATOR) || staff.has(Role.DISPATCHER) || staff.has(Role.CALLBACK)
				|| (staff.has(Role.HANDLER) && order.involves(staff.unitId()));
	}
}
