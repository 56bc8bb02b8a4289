package org.whistle.routing.repeat;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.WorkOrderEvents;
import org.whistle.workorder.WorkOrders;

/**
 * Keeps the repeat index in step with the orders: an order is filed when registered or reopened
 * (if it has a category and a point and is still unanswered), and taken out when it is
 * answered, merged into another or closed. Orders are read as they are when the event is
 * handled, so an event handled late files nothing stale.
 */
@Component
class OpenOrderFeed {

	private final OpenOrders index;

	private final WorkOrders orders;

	OpenOrderFeed(OpenOrders index, WorkOrders orders) {
		this.index = index;
		this.orders = orders;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvents.Registered registered) {
		file(registered.orderId());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvents.Reopened reopened) {
		file(reopened.orderId());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvents.Replied replied) {
		index.remove(replied.orderId());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvents.Merged merged) {
		index.remove(merged.orderId());
	}

	@ApplicationModuleListener
	void on(WorkOrderEvents.Closed closed) {
		index.remove(closed.orderId());
	}

	private void file(long orderId) {
		orders.find(orderId).filter(OpenOrder::isRepeatTarget).ifPresentOrElse(order -> {
			OrderRequest r = order.request();
			index.put(new OpenOrder(order.id(), order.orderNo(), r.categoryCode(), r.place().lat(), r.place().lon(),
					r.receivedAt(), r.title(), r.title() + " " + r.content()));
		}, () -> index.remove(orderId));
	}

}
