package org.whistle.people;

import java.util.Set;

/** A row of the user list. */
public record StaffListing(long id, String username, String displayName, long unitId, boolean enabled,
		Set<Role> roles) {

	StaffListing withRoles(Set<Role> roles) {
		return new StaffListing(id, username, displayName, unitId, enabled, roles);
	}
}
