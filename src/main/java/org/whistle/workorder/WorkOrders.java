package org.whistle.workorder;

import java.util.List;
import java.util.Optional;

/** What other modules may ask of the work orders. */
public interface WorkOrders {

	Optional<WorkOrderView> find(long id);

	Optional<CallerContact> callerOf(long orderId);

	/** The closed orders that have a category, newest closed first, at most {@code limit}. */
	List<CategorisedText> closedWithCategory(int limit);
}
