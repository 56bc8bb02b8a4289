package org.whistle.people;

import java.util.Set;

/** A staff user as other modules see them: who they are, their unit and their roles. */
public record Staff(long id, String username, String displayName, long unitId, Set<Role> roles) {

	public Staff {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
