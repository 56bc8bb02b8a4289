package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whistle.classifier.model.Learner;
import org.whistle.classifier.model.Requests;
import org.whistle.classifier.model.Training;
import org.whistle.classifier.store.ModelStore;

/** The console suggests categories as the operator types; a click fills the category field. */
class CategorySuggestionsBrowserTest extends BrowserTest {

	@Autowired
	ModelStore store;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noModel() {
		jdbc.sql("DELETE FROM classifier_model").update();
	}

	@Test
	void without_a_model_the_panel_says_that_none_is_published() {
		loginAs("operator");
		open("/console");

		assertThat(page.locator("#category-suggestions #no-model")).isVisible();
		assertThat(page.locator(".category-suggestion")).hasCount(0);
	}

	@Test
	void the_operator_types_the_request_and_picks_the_first_of_three_suggestions() {
		store.publish(new Training(Learner.SVM, 1, 1, 1f).train(Requests.all()), "requests.tsv", "admin");
		loginAs("operator");
		open("/console");
		assertThat(page.locator("#category-suggestions")).containsText("输入标题或内容后显示建议");

		page.locator("#title").fill("公交车晚点");
		page.locator("#content").pressSequentially("站台等车等了一个小时，公交车总是晚点",
				new Locator.PressSequentiallyOptions().setDelay(20));

		Locator suggestions = page.locator("#category-suggestions .category-suggestion");
		assertThat(suggestions).hasCount(3);
		assertThat(suggestions.first()).hasText(Pattern.compile("交通运输 \\d+%"));
		suggestions.first().click();
		assertThat(page.locator("#category")).hasValue(Pattern.compile("\\d+ 交通运输"));
	}
}
