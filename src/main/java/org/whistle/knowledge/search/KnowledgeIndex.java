package org.whistle.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.whistle.Freshness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.whistle.knowledge.KnowledgeChanged;
import org.whistle.knowledge.KnowledgeEntry;
import org.whistle.knowledge.KnowledgeHit;
import org.whistle.knowledge.KnowledgeHit.Fragment;

/**
 * The active entries in a Lucene index in memory, ranked by BM25. The index fills itself from its
 * source at the first search and then keeps step: a change committed on this node marks it stale,
 * and before a search it asks the source for its revision (at most once per
 * {@code whistle.knowledge.check-interval} unless stale) and fetches just the entries changed since
 * the revision it has, so changes made by other nodes arrive too.
 */
@Component
public class KnowledgeIndex implements AutoCloseable {

	/**
	 * Hits that score below this share of the best one have little more than a common word in common
	 * with the question; they are left out.
	 */
	private static final float LEAST_SHARE_OF_BEST = 0.2f;

	private final EntrySource source;


	private final Analyzer analyzer = EntryDocument.analyzer();

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Freshness freshness;

	private long revision;

	public KnowledgeIndex(EntrySource source, @Value("${whistle.knowledge.check-interval:1s}") Duration checkInterval) {
		this.source = source;
		this.freshness = new Freshness(checkInterval);
		try {
			writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analyzer));
			searchers = new SearcherManager(writer, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The active entries that best answer the question, best first. */
	public List<KnowledgeHit> search(String question, int limit) {
		stayCurrent();
		Optional<Query> query = QuestionQuery.of(question, analyzer);
		if (query.isEmpty()) {
			return List.of();
		}
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return hits(searcher, query.get(), searcher.search(query.get(), limit));
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@TransactionalEventListener
	void changed(KnowledgeChanged event) {
		freshness.markStale();
	}

	private List<KnowledgeHit> hits(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
		ScoreDoc[] relevant = Arrays.stream(top.scoreDocs)
			.filter(hit -> hit.score >= top.scoreDocs[0].score * LEAST_SHARE_OF_BEST)
			.toArray(ScoreDoc[]::new);
		int[] docs = Arrays.stream(relevant).mapToInt(hit -> hit.doc).toArray();
		List<List<Fragment>> snippets = new SnippetHighlighter(searcher, analyzer).snippets(query, docs);
		StoredFields stored = searcher.storedFields();
		List<KnowledgeHit> hits = new ArrayList<>(docs.length);
		for (int i = 0; i < docs.length; i++) {
			Document document = stored.document(docs[i]);
			hits.add(new KnowledgeHit(Long.parseLong(document.get(EntryDocument.ID)), document.get(EntryDocument.TITLE),
					document.get(EntryDocument.ANSWER), relevant[i].score, snippets.get(i)));
		}
		return hits;
	}

	private void stayCurrent() {
		freshness.ensure(() -> {
			long latest = source.revision();
			if (latest != revision) {
				apply(source.changedSince(revision));
				revision = latest;
			}
		});
	}

	private void apply(List<KnowledgeEntry> changed) {
		try {
			for (KnowledgeEntry entry : changed) {
				if (entry.active()) {
					writer.updateDocument(EntryDocument.id(entry.id()), EntryDocument.of(entry));
				}
				else {
					writer.deleteDocuments(EntryDocument.id(entry.id()));
				}
			}
			searchers.maybeRefreshBlocking();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
	}
}
