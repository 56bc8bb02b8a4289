package org.whistle.workorder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the work orders. */
public interface WorkOrders {

	Optional<WorkOrderView> find(long id);

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
}
