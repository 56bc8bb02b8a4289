package org.whistle.workorder;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.whistle.people.Staff;

/** What other modules may ask of the work orders. */
public interface WorkOrders {

	Optional<WorkOrderView> find(long id);

	Optional<WorkOrderView> findByOrderNo(String orderNo);

	Optional<CallerContact> callerOf(long orderId);

	/** The order's whole history, oldest first; empty for an unknown order. Callers choose what to show. */
	List<HistoryEntry> historyOf(long orderId);

	/** How many orders were received in {@code [from, to)}, by category code and by district code. */
	ReceivedCounts received(Instant from, Instant to);

	/** Counts of received orders; a {@code null} key holds the orders without a category or district. */
	record ReceivedCounts(long total, Map<String, Long> byCategory, Map<String, Long> byDistrict) {
	}

	/** The closed orders that have a category, newest closed first, at most {@code limit}. */
	List<CategorisedText> closedWithCategory(int limit);

	/** One page of the orders the search asks for, newest first; views without co-units. */
	List<WorkOrderView> search(OrderSearch search);

	/** The histories of these orders, each oldest first; an order without history is absent. */
	Map<Long, List<HistoryEntry>> histories(Collection<Long> orderIds);

	/**
	 * The history lines with these actions recorded after {@code after} and until {@code until}
	 * (inclusive), oldest first, at most {@code limit}.
	 */
	List<OrderUpdate> updates(Instant after, Instant until, Set<String> actions, int limit);

	/**
	 * Adds a line to an order's history for a decision taken outside the order's own steps (e.g.
	 * the scorecard's 剔除 review); the order's state and version do not change.
	 *
	 * @throws OrderNotFound when there is no such order
	 */
	void annotate(long orderId, Staff staff, String action, String note);
}
