package org.whistle.workorder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which orders to list. {@code visibleTo} limits the list to the orders a unit is involved in
 * (lead, passed down to, co-unit); the queues pick orders waiting for the dispatch centre.
 */
public record OrderFilter(OrderStatus status, Long unitId, Boolean overdue, Boolean supervised, Queue queue,
		Long visibleTo, int page, int size) {

	/** The dispatch centre's queues: new and returned orders, extension requests, return disputes. */
	public enum Queue {
		TO_DISPATCH, EXTENSION_REQUESTS, RETURN_REQUESTS, TO_CALL_BACK
	}

	public OrderFilter {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), 200);
	}

	public static OrderFilter all(int page, int size) {
		return new OrderFilter(null, null, null, null, null, null, page, size);
	}

	public OrderFilter visibleTo(Long unit) {
		return new OrderFilter(status, unitId, overdue, supervised, queue, unit, page, size);
	}

	String where() {
		List<String> conditions = new ArrayList<>();
		if (status != null) {
			conditions.add("o.status = :status");
		}
		if (unitId != null) {
			conditions.add("(o.lead_unit_id = :unitId OR o.handling_unit_id = :unitId)");
		}
		if (overdue != null) {
			conditions.add("o.overdue = :overdue");
		}
		if (supervised != null) {
			conditions.add("o.supervised = :supervised");
		}
		if (queue != null) {
			conditions.add(switch (queue) {
				case TO_DISPATCH -> "o.status = 'RECEIVED'";
				case EXTENSION_REQUESTS -> "o.pending_extension_days IS NOT NULL";
				case RETURN_REQUESTS -> "o.pending_return_reason IS NOT NULL";
				case TO_CALL_BACK -> "o.status = 'REPLIED'";
			});
		}
		if (visibleTo != null) {
			conditions.add("(o.lead_unit_id = :visibleTo OR o.handling_unit_id = :visibleTo OR EXISTS "
					+ "(SELECT 1 FROM work_order_co_unit c WHERE c.order_id = o.id AND c.unit_id = :visibleTo))");
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (status != null) {
			params.put("status", status.name());
		}
		if (unitId != null) {
			params.put("unitId", unitId);
		}
		if (overdue != null) {
			params.put("overdue", overdue);
		}
		if (supervised != null) {
			params.put("supervised", supervised);
		}
		if (visibleTo != null) {
			params.put("visibleTo", visibleTo);
		}
		return params;
	}
}
