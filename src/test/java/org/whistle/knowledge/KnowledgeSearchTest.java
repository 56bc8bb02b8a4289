package org.whistle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.whistle.knowledge.KnowledgeHit.Fragment;
import org.whistle.knowledge.search.EntryList;
import org.whistle.knowledge.search.KnowledgeIndex;

/** Search over the demo answers, as operators ask it, without Spring or a database. */
class KnowledgeSearchTest {

	private final EntryList entries = new EntryList();

	private KnowledgeIndex index = new KnowledgeIndex(entries, Duration.ZERO);

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	private KnowledgeIndex demo() {
		DemoAnswers.ALL.forEach(answer -> entries.add(answer.title(), answer.keywords(), answer.answer()));
		return index;
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			今年什么时候开始供暖？                 | 供暖季起止时间
			暖气片冰凉的，室温才十五度             | 暖气不热如何报修
			居住证怎么办理，需要什么材料           | 居住证办理
			想把住房公积金取出来还房贷             | 住房公积金提取
			离职了公积金能取吗                     | 住房公积金提取
			厨余垃圾几点可以扔                     | 垃圾分类投放时间
			我们小区怎么没水了                     | 停水通知查询
			灵活就业人员怎么交社保                 | 城乡居民养老保险缴费
			楼下有车乱停堵住消防通道               | 违章停车举报渠道
			隔壁工地半夜还在施工，吵得睡不着       | 夜间施工噪音扰民
			在外地看病医保能报销吗                 | 异地就医备案
			家里突然没电了                         | 突然停电怎么办
			孩子刚出生怎么上户口                   | 新生儿出生登记
			""")
	void a_question_finds_the_entry_that_answers_it_first(String question, String title) {
		assertThat(demo().search(question, 3)).first().extracting(KnowledgeHit::title).isEqualTo(title);
	}

	@Test
	void what_a_caller_said_pasted_as_it_is_finds_the_entry() {
		String said = "您好，我想问一下居住证怎么办理？我是外地来京工作的，租的房子，需要哪些材料，去哪里办，多久能拿到？谢谢！";

		assertThat(demo().search(said, 3)).first().extracting(KnowledgeHit::title).isEqualTo("居住证办理");
	}

	@Test
	void characters_of_query_syntax_are_taken_as_text() {
		demo();

		assertThat(index.search("\"*?:( 供暖 AND OR", 3)).first().extracting(KnowledgeHit::title).isEqualTo("供暖季起止时间");
		assertThat(index.search("供暖) OR title:* [路灯 TO 停水}", 3)).isNotEmpty();
		assertThat(index.search("*?:(\"\\", 3)).isEmpty();
	}

	@Test
	void entries_that_share_just_a_common_word_with_the_question_are_left_out() {
		List<KnowledgeHit> hits = demo().search("厨余垃圾几点可以扔", 20);

		assertThat(hits).hasSizeLessThan(4).first().extracting(KnowledgeHit::title).isEqualTo("垃圾分类投放时间");
	}

	@Test
	void a_text_longer_than_any_query_lucene_allows_still_finds_answers() {
		String everything = DemoAnswers.ALL.stream().map(DemoAnswers.DemoAnswer::answer).collect(Collectors.joining());

		assertThat(demo().search(everything.repeat(3), 5)).hasSize(5);
	}

	@Test
	void a_match_in_the_title_weighs_more_than_the_same_words_in_an_answer() {
		entries.add("其他市政设施", "", "井盖、路灯维修、护栏等设施坏了，请说明位置。");
		entries.add("路灯维修", "", "请说明道路名称和灯杆编号。");

		assertThat(index.search("路灯维修", 2)).extracting(KnowledgeHit::title).containsExactly("路灯维修", "其他市政设施");
	}

	@Test
	void the_snippet_marks_the_words_of_the_question_in_the_answer() {
		KnowledgeHit hit = demo().search("厨余垃圾几点可以扔", 1).get(0);

		List<String> marked = hit.snippet().stream().filter(Fragment::match).map(Fragment::text).toList();
		assertThat(marked).contains("厨余垃圾");
		String shown = hit.snippet().stream().map(Fragment::text).collect(Collectors.joining());
		assertThat(shown.split("…")).isNotEmpty().allSatisfy(passage -> assertThat(hit.answer()).contains(passage));
	}
}
