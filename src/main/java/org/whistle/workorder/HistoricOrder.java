package org.whistle.workorder;

import java.util.List;

/**
 * An order that already ran its course elsewhere (a migration, a demo history): its state and
 * its history, written as they are by {@link HistoricOrders} without replaying the steps and
 * without events. Its id comes from {@link HistoricOrders#reserveIds}.
 */
public record HistoricOrder(WorkOrderView order, List<HistoryEntry> history) {

	public HistoricOrder {
		history = List.copyOf(history);
	}
}
