package org.whistle.routing.unit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.whistle.workorder.WorkOrderEvents;

/**
 * Records what a dispatcher chose after a suggestion was shown: every dispatch by a person
 * (the one-click acceptance or the dispatch form) decides the order's open suggestion, in the
 * dispatch's own transaction (one update, none when nothing was suggested). The system's own
 * dispatch at intake decides nothing.
 */
@Component
class DispatchDecisions {

	private final SuggestionLog log;

	DispatchDecisions(SuggestionLog log) {
		this.log = log;
	}

	@EventListener
	void on(WorkOrderEvents.Dispatched dispatched) {
		if (dispatched.byId() != null) {
			log.decided(dispatched.orderId(), dispatched.leadUnitId(), dispatched.byId(), dispatched.byName(),
					dispatched.at());
		}
	}
}
