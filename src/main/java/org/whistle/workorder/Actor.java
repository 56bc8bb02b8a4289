package org.whistle.workorder;

/** Who acts on an order: a staff user of a unit, or the system itself (deadlines, merges). */
public record Actor(Long userId, String name, Long unitId) {

	public static final Actor SYSTEM = new Actor(null, "system", null);

	public static Actor staff(long userId, String name, long unitId) {
		return new Actor(userId, name, unitId);
	}
}
