package org.whistle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.workorder.CallerContact;
import org.whistle.workorder.Closure;
import org.whistle.workorder.WorkOrderEvents;
import org.whistle.workorder.WorkOrderView;
import org.whistle.workorder.WorkOrders;

/**
 * Work-order events, published in a committed transaction, reach callers through a real SMTP
 * server (GreenMail, in process) and the logging SMS gateway. The work orders are a stub that
 * knows the callers of this test's orders. No other test shares this context, so it is closed
 * after the class rather than kept holding database connections.
 */
@SpringBootTest
@DirtiesContext
class CallerUpdatesIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@DynamicPropertySource
	static void smtpServer(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.host", () -> smtp.getSmtp().getBindTo());
		properties.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StubbedWorkOrders {

		@Bean
		@Primary
		WorkOrders stubbedWorkOrders() {
			return mock(WorkOrders.class);
		}
	}

	@Autowired
	WorkOrders workOrders;

	@Autowired
	CallerMessages callerMessages;

	@Autowired
	MessageLog log;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void a_registered_request_reaches_the_caller_by_sms_and_by_email_through_the_smtp_server() throws Exception {
		CallerContact caller = stub(TestCallers.withEmail());

		publish(new WorkOrderEvents.Registered(caller.orderId(), caller.orderNo(), "01", "990101001001001", false,
				Instant.now(), "990101", "990101001"));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(messagesOf(caller))
			.extracting(LoggedMessage::status).containsExactly(MessageStatus.SENT, MessageStatus.SENT));
		String sms = "您反映的问题已受理，工单号 " + caller.orderNo() + "，我们将尽快办理。";
		LoggedMessage email = messagesOf(caller).get(0);
		LoggedMessage text = messagesOf(caller).get(1);
		assertThat(text.channel()).isEqualTo(MessageChannel.SMS);
		assertThat(text.text()).isEqualTo(sms);
		assertThat(text.provider()).isEqualTo("log");
		assertThat(email.channel()).isEqualTo(MessageChannel.EMAIL);
		assertThat(email.provider()).isEqualTo("smtp");
		assertThat(email.sentAt()).isNotNull();

		MimeMessage received = singleMailTo(caller);
		assertThat(received.getSubject()).isEqualTo("您的诉求已受理（工单号 " + caller.orderNo() + "）");
		assertThat(received.getContent().toString()).contains("王小明，您好：", sms, "市民服务热线");
		assertThat(received.getFrom()[0].toString()).isEqualTo("12345@whistle.invalid");
	}

	@Test
	void an_event_handled_again_tells_the_caller_nothing_more() throws Exception {
		CallerContact caller = stub(TestCallers.withEmail());
		var registered = new WorkOrderEvents.Registered(caller.orderId(), caller.orderNo(), "01", null, false, Instant.now(),
				null, null);

		publish(registered);
		publish(registered);

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(messagesOf(caller))
			.extracting(LoggedMessage::status).containsExactly(MessageStatus.SENT, MessageStatus.SENT));
		assertThat(messagesOf(caller)).extracting(LoggedMessage::channel)
			.containsExactly(MessageChannel.EMAIL, MessageChannel.SMS);
		singleMailTo(caller);
	}

	@Test
	void a_change_that_is_rolled_back_tells_the_caller_nothing() {
		CallerContact caller = stub(TestCallers.withoutEmail());

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new WorkOrderEvents.Registered(caller.orderId(), caller.orderNo(), "01", null, false,
					Instant.now(), null, null));
			status.setRollbackOnly();
		});

		assertThat(messagesOf(caller)).isEmpty();
	}

	@Test
	void sending_the_same_message_through_the_port_again_sends_nothing() {
		CallerContact caller = TestCallers.withoutEmail();
		var occasion = new Occasion(caller.orderId(), caller.orderNo(), "TEST", 1);

		callerMessages.send(OutgoingMessage.sms(occasion, caller.phone(), "一次"));
		callerMessages.send(OutgoingMessage.sms(occasion, caller.phone(), "一次"));

		assertThat(messagesOf(caller)).hasSize(1);
	}

	@Test
	void a_merged_request_is_told_the_order_it_joined() {
		CallerContact caller = stub(TestCallers.withoutEmail());
		WorkOrderView into = mock(WorkOrderView.class);
		when(into.orderNo()).thenReturn("202601010000001");
		when(workOrders.find(42L)).thenReturn(Optional.of(into));

		publish(new WorkOrderEvents.Merged(caller.orderId(), 42L));

		await().atMost(PATIENCE).untilAsserted(() -> assertThat(messagesOf(caller)).singleElement()
			.satisfies(m -> assertThat(m.text()).contains(caller.orderNo(), "已并入工单 202601010000001")));
	}

	@Test
	void a_reply_and_a_closing_without_reaching_the_caller_are_told_and_a_solved_closing_is_not() {
		CallerContact replied = stub(TestCallers.withoutEmail());
		CallerContact unreached = stub(TestCallers.withoutEmail());
		CallerContact solved = stub(TestCallers.withoutEmail());
		var solvedClosing = new WorkOrderEvents.Closed(solved.orderId(), 5L, Closure.SOLVED);

		publish(new WorkOrderEvents.Replied(replied.orderId(), 5L, true, clock.instant(), false));
		publish(new WorkOrderEvents.Closed(unreached.orderId(), 5L, Closure.NOT_VERIFIED));
		publish(solvedClosing);

		await().atMost(PATIENCE).untilAsserted(() -> {
			assertThat(messagesOf(replied)).singleElement().satisfies(m -> assertThat(m.text()).contains("承办单位已答复"));
			assertThat(messagesOf(unreached)).singleElement().satisfies(m -> assertThat(m.text()).contains("未能联系到您"));
		});
		assertThat(messagesOf(solved)).isEmpty();
	}

	private CallerContact stub(CallerContact caller) {
		when(workOrders.callerOf(caller.orderId())).thenReturn(Optional.of(caller));
		return caller;
	}

	private void publish(Object event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private List<LoggedMessage> messagesOf(CallerContact caller) {
		return log.find(new MessageFilter(caller.orderNo(), null, null, 0, 10));
	}

	private MimeMessage singleMailTo(CallerContact caller) throws MessagingException {
		List<MimeMessage> mails = List.of(smtp.getReceivedMessages()).stream()
			.filter(mail -> addressedTo(mail, caller.email()))
			.toList();
		assertThat(mails).hasSize(1);
		return mails.get(0);
	}

	private static boolean addressedTo(MimeMessage mail, String address) {
		try {
			return mail.getAllRecipients()[0].toString().equals(address);
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
