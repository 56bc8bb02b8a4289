package org.whistle.knowledge;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.whistle.knowledge.entry.KnowledgeStore;
import org.whistle.knowledge.search.KnowledgeIndex;

/** Searches through the index in memory, reads entries from the table. */
@Service
class IndexedKnowledgeBase implements KnowledgeBase {

	private final KnowledgeIndex index;

	private final KnowledgeStore store;

	IndexedKnowledgeBase(KnowledgeIndex index, KnowledgeStore store) {
		this.index = index;
		this.store = store;
	}

	@Override
	public List<KnowledgeHit> search(String text, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("A search needs a positive limit, not " + limit);
		}
		return text == null || text.isBlank() ? List.of() : index.search(text, limit);
	}

	@Override
	public Optional<KnowledgeEntry> find(long id) {
		return store.find(id);
	}
}
