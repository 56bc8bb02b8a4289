package org.whistle.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WordAnalyzerTest {

	private final Analyzer analyzer = new WordAnalyzer();

	@AfterEach
	void close() {
		analyzer.close();
	}

	@Test
	void a_chinese_sentence_without_spaces_is_cut_into_its_words() throws IOException {
		assertThat(words("想把住房公积金取出来还房贷")).contains("住房", "公积金", "房贷").doesNotContain("把");
	}

	@Test
	void punctuation_pronouns_and_particles_are_left_out() throws IOException {
		assertThat(words("请问，我的暖气为什么不热？")).contains("暖气").doesNotContain("，", "？", "我", "的", "什么");
	}

	@Test
	void full_width_letters_and_digits_are_folded_and_lower_cased() throws IOException {
		assertThat(words("１２３４５ ＡＢＣ热线")).contains("12345", "abc", "热线");
	}

	@Test
	void characters_of_query_syntax_are_no_words() throws IOException {
		assertThat(words("\"*?:( )! [~] {^}")).isEmpty();
		assertThat(words("供暖)\" OR title:*")).contains("供暖", "or", "title");
	}

	@Test
	void offsets_point_into_the_original_text() throws IOException {
		String text = "厨余垃圾几点可以扔？";
		List<String> marked = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("answer", text)) {
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				assertThat(text.substring(offset.startOffset(), offset.endOffset())).isEqualTo(term.toString());
				marked.add(term.toString());
			}
			tokens.end();
			assertThat(offset.endOffset()).isEqualTo(text.length());
		}
		assertThat(marked).contains("厨余", "垃圾", "扔");
	}

	private List<String> words(String text) throws IOException {
		List<String> words = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("title", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				words.add(term.toString());
			}
			tokens.end();
		}
		return words;
	}
}
