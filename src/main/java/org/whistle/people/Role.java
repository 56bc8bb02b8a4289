package org.whistle.people;

/**
 * What a staff user may do. A user holds one or more roles within their unit. A {@code CLIENT}
 * is another system (an Open311 client application): it may submit citizens' requests and sees
 * no orders.
 */
public enum Role {
	ADMIN, OPERATOR, DISPATCHER, HANDLER, CALLBACK, ANALYST, LEADER, GRID_WORKER, CLIENT;

	public String authority() {
		return "ROLE_" + name();
	}
}
