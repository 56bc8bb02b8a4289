package org.whistle.scorecard;

import java.time.Instant;

/** A unit's request to take an order out of its score, and the reviewer's decision. */
public record Exclusion(long id, long orderId, String orderNo, long unitId, ExclusionReason reason, String note,
		Status status, String appliedBy, Instant appliedAt, String reviewedBy, Instant reviewedAt, String reviewNote) {

	public enum Status {
		PENDING, APPROVED, REFUSED
	}
}
