package org.whistle.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.whistle.knowledge.KnowledgeHit.Fragment;

/** Lucene's highlighter on the answer, handing over the {@link SnippetFormatter}'s fragments as they are. */
final class SnippetHighlighter extends UnifiedHighlighter {

	private static final int PASSAGES = 2;

	SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
		super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new SnippetFormatter()));
	}

	/** The snippet of each document's answer, in the order of {@code docs}. */
	List<List<Fragment>> snippets(Query query, int[] docs) throws IOException {
		Object[] snippets = highlightFieldsAsObjects(new String[] { EntryDocument.ANSWER }, query, docs,
				new int[] { PASSAGES }).get(EntryDocument.ANSWER);
		List<List<Fragment>> fragments = new ArrayList<>(docs.length);
		for (Object snippet : snippets) {
			fragments.add(snippet == null ? List.of() : List.of((Fragment[]) snippet));
		}
		return fragments;
	}
}
