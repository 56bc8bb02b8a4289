package org.whistle.notification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The message log page, filled through the port; without an SMTP server e-mail is logged as skipped. */
@SpringBootTest
class MessageLogPageTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	CallerMessages callerMessages;

	@Autowired
	MessageLog log;

	MockMvc mvc;

	String orderNo;

	@BeforeEach
	void twoMessagesToOneCaller() {
		mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
		long orderId = TestCallers.nextOrderId();
		orderNo = "P" + orderId;
		var occasion = new Occasion(orderId, orderNo, "TEST", 0);
		callerMessages.send(OutgoingMessage.sms(occasion, "13912340001", "第一条 <script>alert(1)</script>"));
		callerMessages.send(OutgoingMessage.email(occasion, "zhang.san@example.org", "主题", "第二条"));
		TestCallers.awaitDelivery(log, orderNo);
	}

	@Test
	void the_log_shows_the_newest_message_first_with_its_recipient_masked() throws Exception {
		mvc.perform(get("/messages").param("orderNo", orderNo).header("X-Api-Key", "demo-admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(stringContainsInOrder(List.of("z***@example.org", "第二条", "未发送",
					"139****0001", "第一条", "已发送"))))
			.andExpect(content().string(not(containsString("13912340001"))))
			.andExpect(content().string(not(containsString("zhang.san@"))));
	}

	@Test
	void texts_are_escaped() throws Exception {
		mvc.perform(get("/messages").param("orderNo", orderNo).header("X-Api-Key", "demo-dispatcher"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("第一条 &lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void the_log_is_filtered_by_channel_and_by_status() throws Exception {
		mvc.perform(get("/messages").param("orderNo", orderNo).param("channel", "EMAIL").header("X-Api-Key", "demo-callback"))
			.andExpect(content().string(containsString("z***@example.org")))
			.andExpect(content().string(not(containsString("139****0001"))));
		mvc.perform(get("/messages").param("orderNo", orderNo).param("status", "SENT").header("X-Api-Key", "demo-operator"))
			.andExpect(content().string(containsString("139****0001")))
			.andExpect(content().string(not(containsString("z***@example.org"))));
	}

	@Test
	void an_order_without_messages_shows_that_none_match() throws Exception {
		mvc.perform(get("/messages").param("orderNo", "no-such-order").header("X-Api-Key", "demo-admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的消息")));
	}

	@Test
	void the_page_speaks_english_on_request() throws Exception {
		mvc.perform(get("/messages").param("orderNo", orderNo).param("lang", "en").header("X-Api-Key", "demo-admin"))
			.andExpect(content().string(containsString("Messages to callers")))
			.andExpect(content().string(containsString("Not sent")));
	}

	@Test
	void a_handler_may_not_read_the_log() throws Exception {
		mvc.perform(get("/messages").header("X-Api-Key", "demo-h-HEAT")).andExpect(status().isForbidden());
	}
}
