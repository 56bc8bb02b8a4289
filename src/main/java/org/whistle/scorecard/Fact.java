package org.whistle.scorecard;

import java.time.Instant;

/**
 * What the scorecard keeps of one order: where and when it came, its lead unit, how the unit
 * kept each time limit (the first sign, contact and reply of the unit that holds it), and the
 * verdict of the last valid callback.
 */
public record Fact(long orderId, String orderNo, Instant receivedAt, String categoryCode, String districtCode,
		String streetCode, Long leadUnitId, String unitKind, Instant dispatchedAt, Instant signBy, Instant signedAt,
		Instant contactBy, Instant contactedAt, Instant resolveBy, Instant repliedAt, boolean signedOnTime,
		boolean contactedOnTime, boolean repliedOnTime, boolean overdue, int reopenCount, boolean reached,
		boolean solved, String satisfaction, boolean excluded) {
}
