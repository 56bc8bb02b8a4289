package org.whistle.people;

/** What a staff user may do. A user holds one or more roles within their unit. */
public enum Role {
	ADMIN, OPERATOR, DISPATCHER, HANDLER, CALLBACK, ANALYST, LEADER, GRID_WORKER;

	public String authority() {
		return "ROLE_" + name();
	}
}
