package org.whistle.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Caches of things that change only through audited edits (units, categories, staff and their
 * keys): every request reads them, hardly anyone changes them. An edit that publishes an
 * {@link AuditRecord} of the cache's subject type empties the cache on this node at once and again
 * when its transaction ends (what was read meanwhile may be the old or the uncommitted state);
 * other nodes see the change when their entries expire.
 */
@Component
public class AuditedCaches {

	private final Map<String, List<Cache<?, ?>>> bySubject = new ConcurrentHashMap<>();

	/** A new cache whose entries live at most {@code ttl}, emptied when things of {@code subjectType} change. */
	public <K, V> Cache<K, V> cache(String subjectType, Duration ttl) {
		Cache<K, V> cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
		bySubject.computeIfAbsent(subjectType, type -> new CopyOnWriteArrayList<>()).add(cache);
		return cache;
	}

	/** Empties the caches of the change's subject type (a listener; tests without Spring call it themselves). */
	@EventListener
	public void on(AuditRecord change) {
		List<Cache<?, ?>> caches = bySubject.get(change.subjectType());
		if (caches == null) {
			return;
		}
		caches.forEach(Cache::invalidateAll);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					caches.forEach(Cache::invalidateAll);
				}
			});
		}
	}
}
