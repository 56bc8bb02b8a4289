package org.whistle.workorder;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Everything an order holds at one version: what pages and the API show, and what the
 * repository stores. Callers outside the module get it read-only; only {@link WorkOrder}
 * changes an order.
 */
public record WorkOrderView(long id, String orderNo, long version, OrderRequest request, TimeLimits limits,
		OrderStatus status, Closure closure, Long leadUnitId, Long handlingUnitId, Set<Long> coUnitIds,
		Map<Long, String> coUnitParts, boolean leadNamedByCentre, int returnCount, String pendingReturnReason,
		Integer pendingExtensionDays, String pendingExtensionReason, Deadlines deadlines, Instant dispatchedAt,
		Instant signedAt, Instant contactedAt, Instant repliedAt, Instant closedAt, Boolean solved, String replyText,
		int callbackAttempts, int reopenCount, Satisfaction satisfaction, boolean supervised, boolean overdue,
		Long mergedInto) {

	public WorkOrderView {
		coUnitIds = Set.copyOf(coUnitIds);
		coUnitParts = Map.copyOf(coUnitParts);
	}

	/** Whether a unit may see this order: its lead, the unit it was passed down to, or a co-unit. */
	public boolean involves(long unitId) {
		return Long.valueOf(unitId).equals(leadUnitId) || Long.valueOf(unitId).equals(handlingUnitId)
				|| coUnitIds.contains(unitId);
	}
}
