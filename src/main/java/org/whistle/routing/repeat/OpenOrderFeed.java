package org.whistle.routing.repeat;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.whistle.workorder.WorkOrderEvents;
import org.whistle.workorder.WorkOrders;

/**
 * Keeps the repeat index in step with the orders: an order is filed when registered or reopened
 * (if it has a category and a point and is still unanswered), and taken out when it is
 * answered, merged into another or closed. A plain listener, in the transaction that changed the
 * order: the index is exact at every commit, and no event publication is stored and completed
 * for every order that is registered.
 */
@Component
class OpenOrderFeed {

	private final OpenOrders index;

	private final WorkOrders orders;

	OpenOrderFeed(OpenOrders index, WorkOrders orders) {
		this.index = index;
		this.orders = orders;
	}

	@EventListener
	void on(WorkOrderEvents.Registered registered) {
		orders.find(registered.orderId()).filter(OpenOrder::isRepeatTarget).ifPresent(order -> index.add(OpenOrder.of(order)));
	}

	@EventListener
	void on(WorkOrderEvents.Reopened reopened) {
		file(reopened.orderId());
	}

	@EventListener
	void on(WorkOrderEvents.Replied replied) {
		index.remove(replied.orderId());
	}

	@EventListener
	void on(WorkOrderEvents.Merged merged) {
		index.remove(merged.orderId());
	}

	@EventListener
	void on(WorkOrderEvents.Closed closed) {
		index.remove(closed.orderId());
	}

	private void file(long orderId) {
		orders.find(orderId).filter(OpenOrder::isRepeatTarget)
			.ifPresentOrElse(order -> index.put(OpenOrder.of(order)), () -> index.remove(orderId));
	}

}
