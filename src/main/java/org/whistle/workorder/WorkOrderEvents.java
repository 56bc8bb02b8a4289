package org.whistle.workorder;

import java.time.Instant;
import java.util.Set;

/** What happens to orders, published for other modules (scorecard, notifications, clusters …). */
public final class WorkOrderEvents {

	private WorkOrderEvents() {
	}

	public record Registered(long orderId, String orderNo, String categoryCode, String gridCode, boolean urgent,
			Instant receivedAt, String districtCode, String streetCode) {
	}

	/** 派单/改派; {@code byId} is the dispatcher's user id, {@code null} when the system dispatched it at intake. */
	public record Dispatched(long orderId, long leadUnitId, Set<Long> coUnitIds, Deadlines deadlines, Instant at,
			Long byId, String byName) {
	}

	public record Signed(long orderId, long leadUnitId, Instant at) {
	}

	public record CallerContacted(long orderId, long leadUnitId, Instant at, boolean late) {
	}

	public record PassedDown(long orderId, long leadUnitId, long subUnitId) {
	}

	public record Replied(long orderId, long leadUnitId, boolean solved, Instant at, boolean late) {
	}

	public record Returned(long orderId, int returnCount, boolean leadNamedByCentre) {
	}

	public record DeadlineMoved(long orderId, Deadlines deadlines, Instant at) {
	}

	public record Merged(long orderId, long intoOrderId) {
	}

	public record CalledBack(long orderId, Long leadUnitId, boolean solved, Satisfaction satisfaction) {
	}

	public record Reopened(long orderId, long leadUnitId, int reopenCount, Deadlines deadlines, Instant at) {
	}

	/** A deadline is near and its step still undone: a warning for the unit. */
	public record DeadlineNear(long orderId, Long leadUnitId, Deadline deadline, Instant due) {
	}

	public record WentOverdue(long orderId, Long leadUnitId, Deadline deadline) {
	}

	public record Closed(long orderId, Long leadUnitId, Closure closure) {
	}
}
