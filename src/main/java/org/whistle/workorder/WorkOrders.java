package org.whistle.workorder;

import java.util.Optional;

/** What other modules may ask of the work orders. */
public interface WorkOrders {

	Optional<WorkOrderView> find(long id);

	Optional<CallerContact> callerOf(long orderId);
}
