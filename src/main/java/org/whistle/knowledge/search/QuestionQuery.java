package org.whistle.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A question as a query: any of its words in the title, keywords or answer, a title match weighing
 * most, and any of its character pairs. The text is analysed, never parsed, so a caller's words
 * with quotes, colons or brackets are just words; a long text keeps its first distinct terms, within
 * Lucene's limit of 1,024 clauses.
 */
final class QuestionQuery {

	private static final Map<String, Float> WORD_WEIGHTS = Map.of(EntryDocument.TITLE, 3f, EntryDocument.KEYWORDS, 2f,
			EntryDocument.ANSWER, 1f);

	private static final float GRAM_WEIGHT = 0.5f;

	private static final int MAX_WORDS = 200;

	private static final int MAX_GRAMS = 300;

	private QuestionQuery() {
	}

	/** The query; empty when the text has no word to search for. */
	static Optional<Query> of(String question, Analyzer analyzer) {
		var query = new BooleanQuery.Builder();
		for (String word : terms(analyzer, EntryDocument.TITLE, question, MAX_WORDS)) {
			WORD_WEIGHTS.forEach((field, weight) -> query.add(weighted(field, word, weight), Occur.SHOULD));
		}
		for (String gram : terms(analyzer, EntryDocument.GRAMS, question, MAX_GRAMS)) {
			query.add(weighted(EntryDocument.GRAMS, gram, GRAM_WEIGHT), Occur.SHOULD);
		}
		BooleanQuery built = query.build();
		return built.clauses().isEmpty() ? Optional.empty() : Optional.of(built);
	}

	private static Query weighted(String field, String term, float weight) {
		return new BoostQuery(new TermQuery(new Term(field, term)), weight);
	}

	private static Set<String> terms(Analyzer analyzer, String field, String text, int max) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream tokens = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (terms.size() < max && tokens.incrementToken()) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Reading a string cannot fail", e);
		}
		return terms;
	}
}
