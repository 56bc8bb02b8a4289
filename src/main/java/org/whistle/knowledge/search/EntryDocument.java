package org.whistle.knowledge.search;

import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.whistle.knowledge.KnowledgeEntry;

/**
 * An entry as the index holds it: the words of its title, keywords and answer, each in a field of
 * its own so that a question can weigh them differently, and the character pairs of all three in
 * {@link #GRAMS}, which still match where the segmenter cut a question otherwise than the entry.
 */
final class EntryDocument {

	static final String ID = "id";

	static final String TITLE = "title";

	static final String KEYWORDS = "keywords";

	static final String ANSWER = "answer";

	static final String GRAMS = "grams";

	/** The answer keeps its offsets, so that highlighting need not segment it again. */
	private static final FieldType ANSWER_TYPE = answerType();

	private EntryDocument() {
	}

	static Analyzer analyzer() {
		return new PerFieldAnalyzerWrapper(new WordAnalyzer(), Map.of(GRAMS, new CJKAnalyzer()));
	}

	static Term id(long id) {
		return new Term(ID, Long.toString(id));
	}

	static Document of(KnowledgeEntry entry) {
		var document = new Document();
		document.add(new StringField(ID, Long.toString(entry.id()), Field.Store.YES));
		document.add(new TextField(TITLE, entry.title(), Field.Store.YES));
		document.add(new TextField(KEYWORDS, entry.keywords(), Field.Store.NO));
		document.add(new Field(ANSWER, entry.answer(), ANSWER_TYPE));
		for (String text : List.of(entry.title(), entry.keywords(), entry.answer())) {
			document.add(new TextField(GRAMS, text, Field.Store.NO));
		}
		return document;
	}

	private static FieldType answerType() {
		var type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}
}
