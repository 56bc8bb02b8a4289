package org.whistle.workorder;

import java.time.Instant;

/** One line of an order's append-only history: who did what, when, from which status to which. */
public record HistoryEntry(Instant at, Long actorId, String actorName, Long actorUnitId, String action,
		OrderStatus from, OrderStatus to, String note) {
}
