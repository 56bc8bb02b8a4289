package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.whistle.knowledge.KnowledgeDemo;

/** The operator console: 直接答复 from the knowledge base, and a form the intake refuses. */
class ConsolePageBrowserTest extends WorkOrderPageBrowserTest {

	@Autowired
	KnowledgeDemo knowledge;

	/** The demo answers, whether or not the demo city made them (it does nothing when there are entries). */
	@BeforeEach
	void demoAnswers() {
		knowledge.generate();
	}

	@Test
	void an_operator_answers_a_consultation_directly_from_a_knowledge_base_hit() {
		String title = unique("问供暖时间");
		loginAs("operator");
		open("/console");
		page.locator("#callerName").fill("周咨询");
		page.locator("#callerPhone").fill("13600002222");
		page.locator("#address").fill("青河区");
		page.locator("#title").fill(title);
		page.locator("#content").pressSequentially("请问今年暖气什么时候开始供暖", new Locator.PressSequentiallyOptions().setDelay(20));

		Locator hit = page.locator("#kb-hits .hit", new Page.LocatorOptions().setHasText("供暖季起止时间"));
		assertThat(hit).isVisible();
		hit.locator("button.answer-with").click();

		assertThat(page.locator("#result-status")).hasText("已结案");
		assertThat(page.locator("#result")).containsText("直接答复");
		assertThat(page.locator("#answered")).containsText("供暖季起止时间");
		page.locator("#result-order").click();
		assertThat(page.locator("#order-title")).hasText(title);
		assertThat(page.locator("#order-badges")).containsText("已结案");
		assertThat(page.locator("#request")).containsText("咨询");
		assertThat(page.locator("#reply-text")).containsText("11月15日");
		assertThat(page.locator("#history tr[data-action=answer]")).containsText("11月15日");
	}

	@Test
	void a_request_without_a_place_is_refused_with_the_field_marked_and_the_input_kept() {
		String title = unique("没有地点的诉求");
		loginAs("operator");
		open("/console");
		page.locator("#title").fill(title);
		page.locator("#content").fill("说不清在哪里。");
		page.locator("#register").click();

		assertThat(page.locator("#field-errors")).isVisible();
		assertThat(page.locator(".field-error")).containsText("请填写地址");
		assertThat(page.locator("#title")).hasValue(title);
		assertThat(page.locator("#result")).hasCount(0);
	}

	@Test
	void a_photo_that_cannot_be_stored_is_reported_and_the_order_still_stands() {
		String title = unique("带了坏照片的诉求");
		loginAs("operator");
		open("/console");
		page.locator("#address").fill("青河区兰台社区");
		page.locator("#title").fill(title);
		page.locator("#content").fill("楼道堆满杂物。");
		page.locator("#photos").setInputFiles(new FilePayload("楼道.txt", "text/plain", "不是图片".getBytes()));
		page.locator("#register").click();

		assertThat(page.locator("#photo-errors")).containsText("楼道.txt");
		assertThat(page.locator("#result-status")).hasText("待派单");
		page.locator("#result-order").click();
		assertThat(page.locator("#order-title")).hasText(title);
	}
}
