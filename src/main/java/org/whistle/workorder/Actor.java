package org.whistle.workorder;

/**
 * Who acts on an order: a staff user of a unit, the system itself (deadlines, merges), or the
 * caller in person (a request from the citizen portal, a rating from the caller's own link). The
 * caller is never named in the history: their name stays with the request, behind its masking.
 */
public record Actor(Long userId, String name, Long unitId) {

	public static final Actor SYSTEM = new Actor(null, "system", null);

	public static final Actor CALLER = new Actor(null, "caller", null);

	public static Actor staff(long userId, String name, long unitId) {
		return new Actor(userId, name, unitId);
	}
}
