package org.whistle.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.whistle.Command;
import org.whistle.audit.AuditEvent;
import org.whistle.audit.AuditTrail;
import org.whistle.classifier.model.LabeledText;
import org.whistle.classifier.model.Learner;
import org.whistle.classifier.model.Requests;
import org.whistle.classifier.model.Training;
import org.whistle.classifier.store.ModelStore;
import org.whistle.workorder.CategorisedText;
import org.whistle.workorder.WorkOrders;

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

	@Autowired
	WorkOrders workOrders;

	@Autowired
	List<Command> commands;

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

	@Test
	void closed_orders_train_a_model_labelled_with_their_top_level_categories(@TempDir Path dir) throws Exception {
		String unique = Long.toString(System.nanoTime(), 36);
		long heating = answered("010208", "暖气不热 " + unique, "家里暖气一直不热，室温只有十五度。");
		long taxi = answered("060102", "出租车多收费 " + unique, "出租车司机不打表，多收了车费。");

		// other suites share the database and close orders "later" (a test clock in 2030): look at all
		assertThat(workOrders.closedWithCategory(Integer.MAX_VALUE))
			.filteredOn(text -> text.title().endsWith(unique))
			.extracting(CategorisedText::categoryCode, CategorisedText::content)
			.containsExactly(tuple("060102", "出租车司机不打表，多收了车费。"), tuple("010208", "家里暖气一直不热，室温只有十五度。"));
		assertThat(heating).isLessThan(taxi);

		Path model = dir.resolve("orders.model");
		var output = new ByteArrayOutputStream();
		var out = new PrintStream(output, true, StandardCharsets.UTF_8);
		Command train = commands.stream().filter(c -> c.name().equals("classify-train")).findFirst().orElseThrow();

		int exit = train.run(List.of("--from-orders", "--model", model.toString(), "--publish"), out, out);

		assertThat(exit).isZero();
		assertThat(output.toString(StandardCharsets.UTF_8)).contains("published as version");
		assertThat(classifier.current().orElseThrow().source()).isEqualTo("closed orders, level 1");
		assertThat(classifier.current().orElseThrow().categories()).contains("城乡建设", "交通运输")
			.doesNotContain("运价监管");
	}

	@Test
	void training_needs_either_a_file_or_the_closed_orders() {
		Command train = commands.stream().filter(c -> c.name().equals("classify-train")).findFirst().orElseThrow();
		var out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

		assertThatThrownBy(() -> train.run(List.of("--model", "m"), out, out)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("either --input or --from-orders");
		assertThatThrownBy(() -> train.run(List.of("--from-orders", "--level", "4", "--model", "m"), out, out))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--level must be 1, 2 or 3");
	}

	/** A consultation registered and answered on the spot: closed at once, with its category. */
	private long answered(String category, String title, String content) throws Exception {
		String body = """
				{"channel":"PHONE","type":"CONSULTATION","callerName":"赵问","callerPhone":"13800001234",
				 "address":"兰台社区","lat":39.95,"lon":116.40,"categoryCode":"%s","title":"%s","content":"%s"}
				""".formatted(category, title, content);
		String created = mvc.perform(post("/api/requests").header("X-Api-Key", "demo-operator")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(created, "$.id")).longValue();
		mvc.perform(post("/api/work-orders/" + id + "/answer").header("X-Api-Key", "demo-operator")
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"已答复。\"}"))
			.andExpect(status().isOk());
		return id;
	}

	private static MockHttpServletRequestBuilder suggest(String text) {
		return get("/console/suggest/category").param("title", "").param("content", text)
			.with(user("operator").roles("OPERATOR"));
	}
}
