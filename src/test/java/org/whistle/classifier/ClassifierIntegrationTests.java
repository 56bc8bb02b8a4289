package org.whistle.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.whistle.audit.AuditEvent;
import org.whistle.audit.AuditTrail;
import org.whistle.classifier.model.LabeledText;
import org.whistle.classifier.model.Learner;
import org.whistle.classifier.model.Requests;
import org.whistle.classifier.model.Training;
import org.whistle.classifier.store.ModelStore;

/** The classifier in the running application: models published to the database, suggestions on the console. */
@SpringBootTest
class ClassifierIntegrationTests {

	private static final Training SMALL = new Training(Learner.SVM, 1, 1, 1f);

	@Autowired
	WebApplicationContext context;

	@Autowired
	ModelStore store;

	@Autowired
	Classifier classifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	MockMvc mvc;

	@BeforeEach
	void noModel() {
		jdbc.sql("DELETE FROM classifier_model").update();
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void without_a_published_model_the_console_panel_says_so() throws Exception {
		assertThat(classifier.current()).isEmpty();
		assertThat(classifier.suggest("公交车晚点", 3)).isEmpty();

		mvc.perform(suggest("公交车晚点"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"no-model\"")))
			.andExpect(content().string(not(containsString("category-suggestion"))));
	}

	@Test
	void a_published_model_suggests_the_top_three_with_probabilities_and_catalog_codes() throws Exception {
		ModelVersion published = store.publish(SMALL.train(Requests.all()), "requests.tsv", "admin");

		assertThat(classifier.current()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(published.version()));
		List<Suggestion> top = classifier.suggest("公交车又晚点了，站台等了很久", 3);
		assertThat(top).hasSize(3);
		assertThat(top.get(0).category()).isEqualTo(Requests.ROADS);

		String html = mvc.perform(suggest("公交车又晚点了，站台等了很久"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html.split("class=\"secondary category-suggestion\"", -1)).hasSize(4);
		assertThat(html).containsPattern("data-category=\"\\d+ 交通运输\"[^>]*>交通运输 \\d+%");
	}

	@Test
	void a_newer_model_is_used_at_once_without_a_restart() {
		store.publish(SMALL.train(Requests.all()), "first.tsv", "admin");
		assertThat(classifier.suggest("公交车晚点", 1).get(0).category()).isEqualTo(Requests.ROADS);

		List<LabeledText> relabelled = Requests.all().stream()
			.map(t -> new LabeledText(t.label().equals(Requests.ROADS) ? "出行" : t.label(), t.text()))
			.toList();
		ModelVersion second = store.publish(SMALL.train(relabelled), "second.tsv", "admin");

		assertThat(classifier.current().orElseThrow().version()).isEqualTo(second.version());
		assertThat(classifier.current().orElseThrow().source()).isEqualTo("second.tsv");
		assertThat(classifier.suggest("公交车晚点", 1).get(0).category()).isEqualTo("出行");
	}

	@Test
	void publishing_is_recorded_in_the_audit_trail() {
		ModelVersion version = store.publish(SMALL.train(Requests.all()), "audited.tsv", "admin");

		assertThat(audit.of("classifier-model", String.valueOf(version.version())))
			.extracting(AuditEvent::action, AuditEvent::actor)
			.containsExactly(tuple("classifier.published", "admin"));
		assertThat(store.versions()).extracting(ModelVersion::source).contains("audited.tsv");
	}

	@Test
	void only_operators_get_suggestions() throws Exception {
		mvc.perform(get("/console/suggest/category").param("title", "公交车晚点")
				.with(user("analyst").roles("ANALYST")))
			.andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder suggest(String text) {
		return get("/console/suggest/category").param("title", "").param("content", text)
			.with(user("operator").roles("OPERATOR"));
	}
}
