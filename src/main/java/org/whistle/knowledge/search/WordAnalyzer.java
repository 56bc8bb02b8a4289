package org.whistle.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;

/** The words of a text, for the index and for questions alike: full-width letters and digits folded, lower case. */
final class WordAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String field) {
		Tokenizer words = new HanLpTokenizer();
		return new TokenStreamComponents(words, new LowerCaseFilter(new CJKWidthFilter(words)));
	}
}
