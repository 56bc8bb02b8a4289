package org.whistle.scorecard;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.whistle.city.Units;
import org.whistle.workorder.WorkOrderEvents;

/**
 * Keeps the fact row of each order in step with its events. A plain synchronous listener: it
 * runs in the transaction that changes the order, in the order of the events, so the facts are
 * exactly as committed and a rolled-back step leaves no trace. Each update is written so that
 * handling the same event twice changes nothing more.
 */
@Component
class FactRecorder {

	private final FactStore facts;
	private final Units units;

	FactRecorder(FactStore facts, Units units) {
		this.facts = facts;
		this.units = units;
	}

	@EventListener
	void on(WorkOrderEvents.Registered event) {
		facts.insert(event.orderId(), event.orderNo(), event.receivedAt(), event.categoryCode(), event.districtCode(),
				event.streetCode());
	}

	@EventListener
	void on(WorkOrderEvents.Dispatched event) {
		facts.dispatched(event.orderId(), event.leadUnitId(), kind(event.leadUnitId()), event.at(),
				event.deadlines().signBy(), event.deadlines().contactBy(), event.deadlines().resolveBy());
	}

	@EventListener
	void on(WorkOrderEvents.Signed event) {
		facts.signed(event.orderId(), event.at());
	}

	@EventListener
	void on(WorkOrderEvents.CallerContacted event) {
		facts.contacted(event.orderId(), event.at(), event.late());
	}

	@EventListener
	void on(WorkOrderEvents.Replied event) {
		facts.replied(event.orderId(), event.leadUnitId(), kind(event.leadUnitId()), event.at(), event.late());
	}

	@EventListener
	void on(WorkOrderEvents.DeadlineMoved event) {
		facts.resolveBy(event.orderId(), event.deadlines().resolveBy());
	}

	@EventListener
	void on(WorkOrderEvents.WentOverdue event) {
		facts.overdue(event.orderId());
	}

	@EventListener
	void on(WorkOrderEvents.CalledBack event) {
		facts.calledBack(event.orderId(), event.solved(), event.satisfaction().name());
	}

	@EventListener
	void on(WorkOrderEvents.Reopened event) {
		facts.reopened(event.orderId(), event.reopenCount());
	}

	private String kind(long unitId) {
		return units.byId(unitId).map(unit -> unit.kind().name()).orElse(null);
	}
}
