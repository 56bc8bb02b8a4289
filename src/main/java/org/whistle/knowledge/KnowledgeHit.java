package org.whistle.knowledge;

import java.util.List;

/**
 * An entry found by a search, with its relevance score (BM25; only comparable within one search)
 * and a snippet of the answer: the passages that match best, cut into fragments that match the
 * question or not.
 */
public record KnowledgeHit(long id, String title, String answer, float score, List<Fragment> snippet) {

	public KnowledgeHit {
		snippet = List.copyOf(snippet);
	}

	/** A piece of the snippet; {@code match} when it is a word of the question. */
	public record Fragment(String text, boolean match) {
	}
}
