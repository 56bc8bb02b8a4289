package org.whistle.workorder;

import java.util.List;

/** One page of orders and how many there are in all. */
public record OrderPage(List<WorkOrderView> orders, long total, int page, int size) {

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
