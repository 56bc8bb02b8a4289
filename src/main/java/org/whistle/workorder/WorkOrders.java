package org.whistle.workorder;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the work orders. */
public interface WorkOrders {

	Optional<WorkOrderView> find(long id);

	Optional<CallerContact> callerOf(long orderId);

	/** The order's history, oldest first; empty for an unknown order. */
	List<HistoryEntry> historyOf(long orderId);
}
