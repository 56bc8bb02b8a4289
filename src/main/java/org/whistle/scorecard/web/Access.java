package org.whistle.scorecard.web;

import java.util.EnumSet;
import java.util.Set;

import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.scorecard.Level;
import org.whistle.scorecard.UnitScore;

/**
 * Who sees what of the scorecard: every staff member sees the ranking (it is what makes units
 * act); the centre sees every unit's orders, a unit's staff only their own unit's.
 */
final class Access {

	private static final Set<Role> CENTRE = EnumSet.of(Role.ADMIN, Role.DISPATCHER, Role.CALLBACK, Role.ANALYST,
			Role.LEADER);

	private static final Set<Role> PUBLISHERS = EnumSet.of(Role.ANALYST, Role.LEADER);

	private Access() {
	}

	static boolean seesOrdersOf(Staff staff, Level level, String key) {
		return staff.roles().stream().anyMatch(CENTRE::contains)
				|| (level != Level.DISTRICT && staff.has(Role.HANDLER) && key.equals(Long.toString(staff.unitId())));
	}

	static boolean seesOrdersOf(Staff staff, Level level, UnitScore score) {
		return seesOrdersOf(staff, level, score.key());
	}

	/** Every unit's exclusions: the centre's roles. */
	static boolean seesExclusions(Staff staff) {
		return staff.roles().stream().anyMatch(CENTRE::contains);
	}

	static boolean publishes(Staff staff) {
		return staff.roles().stream().anyMatch(PUBLISHERS::contains);
	}
}
