package org.whistle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.whistle.city.Units;
import org.whistle.knowledge.entry.EntryDraft;
import org.whistle.knowledge.entry.EntryVersion;
import org.whistle.knowledge.entry.KnowledgeEditor;
import org.whistle.knowledge.entry.KnowledgeStore;

/** The knowledge base in the running application, over the demo entries; changes are committed, as in use. */
@SpringBootTest
class KnowledgeIntegrationTests {

	private static final Random RANDOM = new Random();

	@Autowired
	WebApplicationContext context;

	@Autowired
	KnowledgeDemo demo;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	KnowledgeEditor editor;

	@Autowired
	KnowledgeStore store;

	@Autowired
	Units units;

	@Autowired
	JdbcClient jdbc;

	MockMvc mvc;

	@BeforeEach
	void demoEntries() {
		demo.generate();
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void an_operators_question_finds_its_answer_through_the_api_with_the_words_marked() throws Exception {
		mvc.perform(get("/api/knowledge").param("q", "厨余垃圾几点可以扔？").param("limit", "1")
				.header("X-Api-Key", "demo-operator"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].title").value("垃圾分类投放时间"))
			.andExpect(jsonPath("$[0].snippet[?(@.match == true)].text").value(hasItem("厨余垃圾")));
	}

	@Test
	void the_api_reads_an_entry_and_answers_an_unknown_id_with_a_404_problem() throws Exception {
		long id = knowledge.search("居住证怎么办", 1).get(0).id();
		mvc.perform(get("/api/knowledge/{id}", id).header("X-Api-Key", "demo-admin"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("居住证办理"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/knowledge/{id}", 987654321).header("X-Api-Key", "demo-admin"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
	}

	@Test
	void a_limit_out_of_range_or_a_missing_question_is_a_bad_request_problem() throws Exception {
		for (MockHttpServletRequestBuilder request : new MockHttpServletRequestBuilder[] {
				get("/api/knowledge").param("q", "供暖").param("limit", "0"),
				get("/api/knowledge").param("q", "供暖").param("limit", "many"), get("/api/knowledge") }) {
			mvc.perform(request.header("X-Api-Key", "demo-operator"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void analysts_and_handlers_may_neither_read_nor_write() throws Exception {
		long before = store.count();
		for (String key : new String[] { "demo-analyst", "demo-h-HEAT" }) {
			mvc.perform(get("/api/knowledge").param("q", "供暖").header("X-Api-Key", key))
				.andExpect(status().isForbidden())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
			mvc.perform(post("/knowledge").header("X-Api-Key", key).param("title", "不该保存").param("answer", "不该保存"))
				.andExpect(status().isForbidden());
		}
		assertThat(store.count()).isEqualTo(before);
	}

	@Test
	void a_dispatcher_reads_an_entry_without_the_form_and_may_not_save_it() throws Exception {
		KnowledgeEntry entry = created();
		var dispatcher = user("dispatcher").roles("DISPATCHER");

		mvc.perform(get("/knowledge/{id}", entry.id()).with(dispatcher))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(entry.answer())))
			.andExpect(content().string(not(containsString("entry-form"))));
		mvc.perform(saving(entry.id(), entry.version(), "派单员改的", entry.answer()).with(dispatcher))
			.andExpect(status().isForbidden());
	}

	@Test
	void an_admin_creates_an_entry_that_search_finds_at_once() throws Exception {
		String word = word();
		mvc.perform(post("/knowledge").with(user("admin").roles("ADMIN")).with(csrf())
				.param("title", "共享单车乱停放 " + word).param("answer", "请告诉我们具体位置，我们通知单车企业清理。")
				.param("keywords", "单车 自行车").param("categoryCode", "010214")
				.param("unitId", String.valueOf(units.byCode("CGW").orElseThrow().id())))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/knowledge/*?saved"));

		KnowledgeHit hit = knowledge.search("路边的共享单车乱停 " + word, 3).get(0);
		assertThat(hit.title()).isEqualTo("共享单车乱停放 " + word);
		assertThat(knowledge.find(hit.id())).get()
			.satisfies(entry -> assertThat(entry.createdBy()).isEqualTo("admin"))
			.satisfies(entry -> assertThat(entry.categoryCode()).isEqualTo("010214"));
	}

	@Test
	void invalid_input_is_shown_on_the_form_and_saves_nothing() throws Exception {
		long before = store.count();
		mvc.perform(post("/knowledge").with(user("operator").roles("OPERATOR")).with(csrf())
				.param("title", " ").param("answer", "答".repeat(4001)).param("categoryCode", "999999")
				.param("unitId", "987654321"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("entryForm", "title", "answer", "categoryCode", "unitId"));
		assertThat(store.count()).isEqualTo(before);
	}

	@Test
	void of_two_editors_the_second_gets_a_conflict_and_keeps_their_text_while_nothing_is_lost() throws Exception {
		KnowledgeEntry entry = created();

		mvc.perform(saving(entry.id(), entry.version(), entry.title(), "第一位的修改").with(user("first").roles("OPERATOR")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(saving(entry.id(), entry.version(), entry.title(), "第二位的修改").with(user("second").roles("ADMIN")))
			.andExpect(status().isConflict())
			.andExpect(model().attributeExists("conflict"))
			.andExpect(content().string(containsString("id=\"conflict\"")))
			.andExpect(content().string(containsString("第一位的修改")))
			.andExpect(content().string(containsString(">第二位的修改</textarea>")));

		assertThat(knowledge.find(entry.id())).get().extracting(KnowledgeEntry::answer, KnowledgeEntry::version,
				KnowledgeEntry::updatedBy).containsExactly("第一位的修改", 2, "first");
	}

	@Test
	void every_save_is_kept_in_the_history_and_a_deactivated_entry_is_found_no_more() throws Exception {
		KnowledgeEntry entry = created();
		String word = entry.title().split(" ")[1];
		mvc.perform(saving(entry.id(), 1, entry.title(), "改过的答复").with(user("operator").roles("OPERATOR")))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/knowledge/{id}/active", entry.id()).param("active", "false")
				.with(user("admin").roles("ADMIN")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertThat(store.history(entry.id())).extracting(EntryVersion::version, EntryVersion::active,
				EntryVersion::changedBy)
			.containsExactly(tuple(3, false, "admin"), tuple(2, true, "operator"), tuple(1, true, "test"));
		assertThat(knowledge.search(word, 5)).isEmpty();
		assertThat(knowledge.find(entry.id())).get().extracting(KnowledgeEntry::active).isEqualTo(false);
	}

	@Test
	void a_change_another_node_committed_is_found_within_about_a_second() {
		KnowledgeEntry entry = created();
		String word = word();
		assertThat(knowledge.search(word, 1)).isEmpty();

		// what another node's KnowledgeStore does; this node hears no event of it
		jdbc.sql("UPDATE knowledge_revision SET revision = revision + 1 WHERE id = 1").update();
		jdbc.sql("UPDATE knowledge_entry SET title = :title, version = version + 1, "
				+ "revision = (SELECT revision FROM knowledge_revision WHERE id = 1) WHERE id = :id")
			.param("title", "另一节点改的标题 " + word)
			.param("id", entry.id())
			.update();

		await().atMost(Duration.ofSeconds(5))
			.until(() -> knowledge.search(word, 1).stream().anyMatch(hit -> hit.id() == entry.id()));
	}

	@Test
	void the_search_box_gets_just_the_results_and_an_empty_box_the_entries_saved_last() throws Exception {
		var callback = user("callback").roles("CALLBACK");
		mvc.perform(get("/knowledge/results").param("q", "停水了去哪里查通知").with(callback))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("停水通知查询")))
			.andExpect(content().string(containsString("<mark>")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(get("/knowledge").with(callback))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"recent\"")))
			.andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms")));
	}

	private KnowledgeEntry created() {
		long id = editor.create(new EntryDraft("测试条目 " + word(), "测试用的答复。", "", null, null), "test");
		return knowledge.find(id).orElseThrow();
	}

	private static MockHttpServletRequestBuilder saving(long id, int version, String title, String answer) {
		return post("/knowledge/{id}", id).with(csrf())
			.param("version", String.valueOf(version))
			.param("title", title)
			.param("answer", answer);
	}

	/** A word no other entry has, in letters the segmenter keeps whole. */
	private static String word() {
		return RANDOM.ints(10, 'a', 'z' + 1).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
	}
}
