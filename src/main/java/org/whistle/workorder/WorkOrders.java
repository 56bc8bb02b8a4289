package org.whistle.workorder;

import java.util.Optional;

import org.whistle.people.Staff;

/** What other modules may ask of the work orders. */
public interface WorkOrders {

	Optional<WorkOrderView> find(long id);

	Optional<CallerContact> callerOf(long orderId);

	/**
	 * Adds a line to an order's history for a decision taken outside the order's own steps (e.g.
	 * the scorecard's 剔除 review); the order's state and version do not change.
	 *
	 * @throws OrderNotFound when there is no such order
	 */
	void annotate(long orderId, Staff staff, String action, String note);
}
