package org.whistle.workorder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.whistle.TransactionScoped;

/**
 * The orders registered in the current transaction, as they were stored. The listeners of
 * {@link WorkOrderEvents.Registered} (repeat index, caller notice) read the new order back in that
 * transaction; they get it from here instead of two more queries an order. Dropped when the
 * transaction ends, and an order at once when it is changed again.
 */
final class RegisteredThisTransaction {

	private static final Object KEY = RegisteredThisTransaction.class;

	private RegisteredThisTransaction() {
	}

	static void remember(WorkOrderView order) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionScoped.obtain(KEY, HashMap<Long, WorkOrderView>::new, orders -> {
			}).put(order.id(), order);
		}
	}

	static Optional<WorkOrderView> find(long id) {
		return TransactionScoped.<Map<Long, WorkOrderView>>find(KEY).map(orders -> orders.get(id));
	}

	static void forget(long id) {
		TransactionScoped.<Map<Long, WorkOrderView>>find(KEY).ifPresent(orders -> orders.remove(id));
	}
}
