package org.whistle.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.whistle.notification.CallerMessages;
import org.whistle.notification.MessageFilter;
import org.whistle.notification.MessageLog;
import org.whistle.notification.MessageStatus;
import org.whistle.notification.Occasion;
import org.whistle.notification.OutgoingMessage;

/** The log of messages to callers as the hotline's staff read it in a browser. */
class MessageLogBrowserTest extends BrowserTest {

	@Autowired
	CallerMessages callerMessages;

	@Autowired
	MessageLog log;

	@Test
	void an_admin_finds_a_message_to_a_caller_in_the_log_and_filters_it_by_its_order_number() {
		long orderId = System.currentTimeMillis();
		String orderNo = "B" + orderId;
		callerMessages.send(OutgoingMessage.sms(new Occasion(orderId, orderNo, "TEST", 0), "13700001234",
				"浏览器测试：工单 " + orderNo + " 已受理"));
		callerMessages.send(OutgoingMessage.sms(new Occasion(orderId + 1, "B" + (orderId + 1), "TEST", 0),
				"13700005678", "另一位来电人的短信"));
		await().atMost(Duration.ofSeconds(20)).until(() -> log.find(new MessageFilter(orderNo, null, null, 0, 10))
			.stream().allMatch(m -> m.status() == MessageStatus.SENT));

		loginAs("admin");
		page.locator("header a[href='/messages']").click();
		assertThat(page).hasURL(Pattern.compile(".*/messages([?#].*)?$"));
		assertThat(page.locator("#messages tbody tr", new Page.LocatorOptions()
			.setHasText(orderNo))).hasCount(1);

		page.locator("#message-filter input[name=orderNo]").fill(orderNo);
		page.locator("#message-filter button[type=submit]").click();

		assertThat(page).hasURL(Pattern.compile(".*orderNo=" + orderNo + ".*"));
		assertThat(page.locator("#messages tbody tr")).hasCount(1);
		assertThat(page.locator("#messages tbody tr .recipient")).hasText("137****1234");
		assertThat(page.locator("#messages tbody tr .text")).containsText("浏览器测试：工单 " + orderNo + " 已受理");
		assertThat(page.locator("#messages tbody tr .status")).hasText("已发送");
	}
}
