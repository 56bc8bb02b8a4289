package org.whistle.workorder;

import java.time.Instant;

/** One step taken on an order by an actor at an instant; the order refuses it if its state does not allow it. */
@FunctionalInterface
public interface OrderAction {

	void apply(WorkOrder order, Actor actor, Instant now);
}
