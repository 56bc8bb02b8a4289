package org.whistle.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * The answers operators give on the spot (知识库): a consultation that one of them answers is
 * closed as 直接答复. Search ranks the active entries by relevance to a question in Chinese.
 */
public interface KnowledgeBase {

	/**
	 * The active entries that best answer {@code text}, best first, at most {@code limit}: a few
	 * words or what the caller said, pasted as it is. Entries scoring far below the best one are left
	 * out; none for a text without searchable words.
	 */
	List<KnowledgeHit> search(String text, int limit);

	/** Any entry by id, inactive ones included. */
	Optional<KnowledgeEntry> find(long id);
}
