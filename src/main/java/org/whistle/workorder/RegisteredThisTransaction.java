package org.whistle.workorder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

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
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		orders(true).put(order.id(), order);
	}

	static Optional<WorkOrderView> find(long id) {
		Map<Long, WorkOrderView> orders = orders(false);
		return orders == null ? Optional.empty() : Optional.ofNullable(orders.get(id));
	}

	static void forget(long id) {
		Map<Long, WorkOrderView> orders = orders(false);
		if (orders != null) {
			orders.remove(id);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<Long, WorkOrderView> orders(boolean create) {
		var orders = (Map<Long, WorkOrderView>) TransactionSynchronizationManager.getResource(KEY);
		if (orders == null && create) {
			Map<Long, WorkOrderView> bound = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, bound);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void suspend() {
					TransactionSynchronizationManager.unbindResource(KEY);
				}

				@Override
				public void resume() {
					TransactionSynchronizationManager.bindResource(KEY, bound);
				}

				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
			orders = bound;
		}
		return orders;
	}
}
