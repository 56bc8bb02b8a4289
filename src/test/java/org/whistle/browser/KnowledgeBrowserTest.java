package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Locator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.whistle.knowledge.KnowledgeDemo;

/** The knowledge base as operators and admins use it: search as they type, open an answer, write one. */
class KnowledgeBrowserTest extends BrowserTest {

	@Autowired
	KnowledgeDemo demo;

	@BeforeEach
	void demoEntries() {
		demo.generate();
	}

	@Test
	void an_operator_types_a_question_and_opens_the_answer_on_top() {
		loginAs("operator");
		page.locator("header a[href='/knowledge']").click();

		page.locator("#q").pressSequentially("孩子刚出生怎么上户口");

		Locator first = page.locator("#results .hit").first();
		assertThat(first.locator(".hit-title")).hasText("新生儿出生登记");
		assertThat(first.locator("mark").first()).isVisible();
		first.locator(".hit-title").click();
		assertThat(page).hasURL(Pattern.compile(".*/knowledge/\\d+$"));
		assertThat(page.locator("#entry-title")).hasText("新生儿出生登记");
		assertThat(page.locator("#entry-answer")).containsText("出生医学证明");
	}

	@Test
	void an_admin_writes_an_entry_and_finds_it_by_searching() {
		String word = new Random().ints(8, 'a', 'z' + 1).mapToObj(c -> String.valueOf((char) c))
			.collect(Collectors.joining());
		loginAs("admin");
		open("/knowledge");

		page.locator("#new-entry").click();
		page.locator("#title").fill("犬只登记 " + word);
		page.locator("#answer").fill("养犬人应在取得犬只后三十日内，带犬只免疫证明到居住地的派出所办理登记。");
		page.locator("#keywords").fill("养狗 狗证 犬证");
		page.locator("#entry-form button[type=submit]").click();
		assertThat(page.locator(".notice")).isVisible();
		assertThat(page.locator("#entry-title")).hasText("犬只登记 " + word);

		open("/knowledge");
		page.locator("#q").pressSequentially("养狗要办狗证吗 " + word);
		assertThat(page.locator("#results .hit .hit-title").first()).hasText("犬只登记 " + word);
	}
}
