package org.whistle.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.github.benmanes.caffeine.cache.Cache;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AuditedCachesTest {

	private final AuditedCaches caches = new AuditedCaches();
	private final Cache<String, String> units = caches.cache("unit", Duration.ofMinutes(1));

	@Test
	void an_audited_change_of_its_subject_type_empties_the_cache() {
		units.put("CGW", "城管委");
		caches.on(AuditRecord.of("unit.updated", "unit", 1, ""));
		assertThat(units.getIfPresent("CGW")).isNull();
	}

	@Test
	void a_change_of_another_subject_type_leaves_it_alone() {
		units.put("CGW", "城管委");
		caches.on(AuditRecord.of("category.renamed", "category", "01", ""));
		assertThat(units.getIfPresent("CGW")).isEqualTo("城管委");
	}

	@Test
	void what_was_cached_again_before_the_change_committed_is_forgotten_when_its_transaction_ends() {
		TransactionSynchronizationManager.initSynchronization();
		try {
			caches.on(AuditRecord.of("unit.updated", "unit", 1, ""));
			units.put("CGW", "the new name, read before the transaction rolled back");
			TransactionSynchronizationManager.getSynchronizations()
				.forEach(sync -> sync.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
		}
		finally {
			TransactionSynchronizationManager.clearSynchronization();
		}
		assertThat(units.getIfPresent("CGW")).isNull();
	}
}
