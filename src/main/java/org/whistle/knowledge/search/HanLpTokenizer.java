package org.whistle.knowledge.search;

import java.io.IOException;
import java.io.Reader;
import java.util.Collections;
import java.util.Iterator;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Cuts text into words with HanLP's segmenter and keeps those that say what the text is about:
 * no punctuation or other symbols, pronouns (什么, 怎么, 我), particles, prepositions, conjunctions,
 * interjections or HanLP's stop words. Offsets point into the original text, for highlighting.
 */
final class HanLpTokenizer extends Tokenizer {

	/** The initials of HanLP's parts of speech that carry no topic: w punctuation, r pronoun and so on. */
	private static final String FUNCTION_WORDS = "wrupceoy";

	private final Segment segment = HanLP.newSegment().enableOffset(true);

	private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);

	private Iterator<Term> words = Collections.emptyIterator();

	private int length;

	@Override
	public void reset() throws IOException {
		super.reset();
		String text = read(input);
		length = text.length();
		words = segment.seg(text).iterator();
	}

	@Override
	public boolean incrementToken() {
		clearAttributes();
		while (words.hasNext()) {
			Term word = words.next();
			if (meaningful(word)) {
				term.append(word.word);
				offset.setOffset(correctOffset(word.offset), correctOffset(word.offset + word.length()));
				return true;
			}
		}
		return false;
	}

	@Override
	public void end() throws IOException {
		super.end();
		int end = correctOffset(length);
		offset.setOffset(end, end);
	}

	@Override
	public void close() throws IOException {
		super.close();
		words = Collections.emptyIterator();
	}

	private static boolean meaningful(Term word) {
		String nature = word.nature == null ? "" : word.nature.toString();
		return word.word.codePoints().anyMatch(Character::isLetterOrDigit)
				&& (nature.isEmpty() || FUNCTION_WORDS.indexOf(nature.charAt(0)) < 0)
				&& !CoreStopWordDictionary.contains(word.word);
	}

	private static String read(Reader reader) throws IOException {
		var text = new StringBuilder();
		char[] buffer = new char[1024];
		for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
			text.append(buffer, 0, read);
		}
		return text.toString();
	}
}
