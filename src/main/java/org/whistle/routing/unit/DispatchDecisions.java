package org.whistle.routing.unit;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.whistle.workorder.HistoryEntry;
import org.whistle.workorder.WorkOrderEvents;
import org.whistle.workorder.WorkOrders;

/**
 * Records what a dispatcher chose after a suggestion was shown: every dispatch by a person
 * (the one-click acceptance or the dispatch form) decides the order's open suggestion. The
 * system's own dispatch at intake decides nothing. The dispatch is the order's latest one: its
 * history tells who made it.
 */
@Component
class DispatchDecisions {

	private final SuggestionLog log;

	private final WorkOrders orders;

	DispatchDecisions(SuggestionLog log, WorkOrders orders) {
		this.log = log;
		this.orders = orders;
	}

	@ApplicationModuleListener
	void on(WorkOrderEvents.Dispatched dispatched) {
		List<HistoryEntry> history = orders.historyOf(dispatched.orderId());
		history.stream()
			.filter(entry -> entry.action().equals("dispatch"))
			.reduce((first, second) -> second)
			.filter(entry -> entry.actorId() != null)
			.ifPresent(entry -> log.decided(dispatched.orderId(), dispatched.leadUnitId(), entry.actorId(),
					entry.actorName(), dispatched.at()));
	}
}
