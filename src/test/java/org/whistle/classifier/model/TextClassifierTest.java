package org.whistle.classifier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whistle.classifier.Suggestion;

class TextClassifierTest {

	private static final List<String> UNSEEN = List.of("公交车又晚点了", "孩子上幼儿园收费太高", "家里自来水发黄有异味",
			"出租车司机不打表", "学校补课", "停水");

	private final TextClassifier classifier = new Training(Learner.SVM, 1, 1, 1f).train(Requests.all());

	@Test
	void it_learns_the_categories_and_classifies_new_requests() {
		assertThat(classifier.categories()).containsExactly(Requests.ROADS, Requests.WATER, Requests.SCHOOLS);
		assertThat(classifier.classify("公交车又晚点了，站台等了很久")).isEqualTo(Requests.ROADS);
		assertThat(classifier.classify("孩子上幼儿园收费太高")).isEqualTo(Requests.SCHOOLS);
		assertThat(classifier.classify("家里自来水发黄有异味")).isEqualTo(Requests.WATER);
	}

	@Test
	void a_saved_and_loaded_model_gives_the_same_answers_and_probabilities() throws IOException {
		TextClassifier loaded = TextClassifier.load(new ByteArrayInputStream(classifier.bytes()));

		assertThat(loaded.categories()).isEqualTo(classifier.categories());
		assertThat(loaded.learner()).isEqualTo(classifier.learner());
		for (String text : UNSEEN) {
			assertThat(loaded.rank(text)).isEqualTo(classifier.rank(text));
		}
	}

	@Test
	void raw_and_segmented_text_get_the_same_ranking() {
		assertThat(classifier.rank("小区 自来水 浑浊 停水")).isEqualTo(classifier.rank("小区自来水浑浊停水"));
		assertThat(classifier.rank("公交车 晚点")).isEqualTo(classifier.rank("公交车　晚点！"));
	}

	@Test
	void probabilities_of_every_category_sum_to_one_best_first() {
		for (Learner learner : Learner.values()) {
			List<Suggestion> ranked = new Training(learner, 1, 1, 1f).train(Requests.all()).rank("学校食堂");
			assertThat(ranked).hasSize(3);
			assertThat(ranked.stream().mapToDouble(Suggestion::probability).sum()).isCloseTo(1, within(1e-9));
			assertThat(ranked).isSortedAccordingTo((a, b) -> Double.compare(b.probability(), a.probability()));
			assertThat(ranked.get(0).category()).isEqualTo(Requests.SCHOOLS);
		}
	}

	@Test
	void a_file_that_is_not_a_model_is_refused() {
		assertThatThrownBy(() -> TextClassifier.load(new ByteArrayInputStream("label\ttext".getBytes(StandardCharsets.UTF_8))))
			.isInstanceOf(IOException.class);
	}

	@Test
	void one_category_is_not_enough_to_learn_from() {
		assertThatThrownBy(() -> Training.DEFAULT.train(List.of(new LabeledText("A", "文本"), new LabeledText("A", "文本"))))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two categories");
	}

	@Test
	void stratified_folds_cross_validate_every_text_once() {
		Evaluation evaluation = new CrossValidation(Requests.all(), 4, 5).evaluate(new Training(Learner.SVM, 1, 1, 1f));

		assertThat(evaluation.total()).isEqualTo(Requests.all().size());
		assertThat(evaluation.accuracy()).isGreaterThan(0.5);
	}
}
