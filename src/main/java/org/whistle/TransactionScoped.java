package org.whistle;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made on first use, shown to a last
 * action just before the commit (which may still fail it), dropped when the transaction ends,
 * and set aside while an inner new transaction runs.
 */
public final class TransactionScoped {

	private TransactionScoped() {
	}

	/** The value bound under {@code key}, if the current transaction has one. */
	@SuppressWarnings("unchecked")
	public static <T> Optional<T> find(Object key) {
		return Optional.ofNullable((T) TransactionSynchronizationManager.getResource(key));
	}

	/**
	 * The value bound under {@code key}, made by {@code create} if there is none yet; the
	 * caller must be in a transaction ({@code TransactionSynchronizationManager.isSynchronizationActive()}).
	 */
	public static <T> T obtain(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
		Optional<T> found = find(key);
		if (found.isPresent()) {
			return found.get();
		}
		T value = create.get();
		TransactionSynchronizationManager.bindResource(key, value);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void beforeCommit(boolean readOnly) {
				beforeCommit.accept(value);
			}

			@Override
			public void suspend() {
				TransactionSynchronizationManager.unbindResource(key);
			}

			@Override
			public void resume() {
				TransactionSynchronizationManager.bindResource(key, value);
			}

			@Override
			public void afterCompletion(int status) {
				TransactionSynchronizationManager.unbindResourceIfPossible(key);
			}
		});
		return value;
	}
}
