package org.whistle.routing.repeat;

import java.time.Instant;

import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderView;

/** An open, unanswered order as the repeat index holds it. */
public record OpenOrder(long orderId, String orderNo, String categoryCode, double lat, double lon, Instant receivedAt,
		String title, String text) {

	/** The most of an order's text that is kept for comparison. */
	public static final int TEXT_LENGTH = 1000;

	public OpenOrder {
		text = text.length() > TEXT_LENGTH ? text.substring(0, TEXT_LENGTH) : text;
	}

	/** The order as the index files it; only for a {@link #isRepeatTarget repeat target}. */
	public static OpenOrder of(WorkOrderView order) {
		OrderRequest r = order.request();
		return new OpenOrder(order.id(), order.orderNo(), r.categoryCode(), r.place().lat(), r.place().lon(),
				r.receivedAt(), r.title(), r.title() + " " + r.content());
	}

	/** Whether another order can be merged into this one: unanswered, with a category and a point. */
	public static boolean isRepeatTarget(WorkOrderView order) {
		OrderRequest r = order.request();
		return (order.status() == OrderStatus.RECEIVED || order.status().isWithUnit()) && r.categoryCode() != null
				&& r.place().lat() != null && r.place().lon() != null;
	}
}
