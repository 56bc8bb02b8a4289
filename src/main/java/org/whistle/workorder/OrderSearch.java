package org.whistle.workorder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A search of orders for other modules (Open311, the portal): by order numbers, or by
 * categories, a period of reception and open/closed, newest first, one page at a time. An empty
 * list or a {@code null} means "any"; {@code classifiedOnly} leaves out orders without a category.
 */
public record OrderSearch(List<String> orderNos, List<String> categoryCodes, boolean classifiedOnly,
		Instant receivedFrom, Instant receivedTo, Boolean open, int page, int size) {

	public static final int MAX_SIZE = 1000;

	public OrderSearch {
		orderNos = orderNos == null ? List.of() : List.copyOf(orderNos);
		categoryCodes = categoryCodes == null ? List.of() : List.copyOf(categoryCodes);
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), MAX_SIZE);
	}

	String where() {
		List<String> conditions = new ArrayList<>();
		if (!orderNos.isEmpty()) {
			conditions.add("o.order_no IN (:orderNos)");
		}
		if (!categoryCodes.isEmpty()) {
			conditions.add("o.category_code IN (:categoryCodes)");
		}
		else if (classifiedOnly) {
			conditions.add("o.category_code IS NOT NULL");
		}
		if (receivedFrom != null) {
			conditions.add("o.received_at >= :receivedFrom");
		}
		if (receivedTo != null) {
			conditions.add("o.received_at <= :receivedTo");
		}
		if (open != null) {
			conditions.add(open ? "o.status <> 'CLOSED'" : "o.status = 'CLOSED'");
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
	}

	/**
	 * Newest first. With one category the category leads the ordering too: it changes nothing
	 * (all rows share it) but lets H2 read the page straight from the index on (category_code,
	 * received_at DESC, id DESC) instead of sorting the whole period; PostgreSQL does so either way.
	 */
	String orderBy() {
		return (categoryCodes.size() == 1 && orderNos.isEmpty() ? "o.category_code, " : "")
				+ WorkOrderRepository.NEWEST_FIRST;
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (!orderNos.isEmpty()) {
			params.put("orderNos", orderNos);
		}
		if (!categoryCodes.isEmpty()) {
			params.put("categoryCodes", categoryCodes);
		}
		if (receivedFrom != null) {
			params.put("receivedFrom", WorkOrderRepository.utc(receivedFrom));
		}
		if (receivedTo != null) {
			params.put("receivedTo", WorkOrderRepository.utc(receivedTo));
		}
		return params;
	}
}
