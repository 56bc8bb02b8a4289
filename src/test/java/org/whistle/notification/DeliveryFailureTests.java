package org.whistle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.whistle.workorder.CallerContact;

/** A message that cannot be delivered is logged with the reason, and nothing is thrown to the sender. */
@SpringBootTest
class DeliveryFailureTests {

	@Autowired
	MessageLog log;

	@Autowired
	Clock clock;

	@Test
	void an_smtp_server_that_cannot_be_reached_is_logged_as_failed_and_nothing_is_thrown() throws IOException {
		var wrongPort = new JavaMailSenderImpl();
		wrongPort.setHost("127.0.0.1");
		wrongPort.setPort(closedPort());
		Notifier notifier = notifier(new LoggingSmsGateway(), new SmtpMail(wrongPort, "12345@whistle.invalid"));
		CallerContact caller = TestCallers.withEmail();

		assertThatNoException().isThrownBy(() -> notifier.send(email(caller)));

		assertThat(messagesOf(caller)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
			assertThat(m.provider()).isEqualTo("smtp");
			assertThat(m.error()).contains("MailSendException").doesNotContain(caller.email());
			assertThat(m.sentAt()).isNull();
		});
	}

	@Test
	void an_sms_provider_that_refuses_is_logged_as_failed_with_the_phone_masked_in_the_error() {
		SmsGateway refusing = new SmsGateway() {

			@Override
			public String provider() {
				return "refusing";
			}

			@Override
			public void send(String phone, String text) {
				throw new IllegalStateException("quota exceeded for " + phone);
			}
		};
		CallerContact caller = TestCallers.withoutEmail();

		notifier(refusing, new SmtpMail(null, "12345@whistle.invalid"))
			.send(OutgoingMessage.sms(occasionOf(caller), caller.phone(), "短信"));

		assertThat(messagesOf(caller)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(MessageStatus.FAILED);
			assertThat(m.provider()).isEqualTo("refusing");
			assertThat(m.error()).isEqualTo("IllegalStateException: quota exceeded for 138****5678");
		});
	}

	@Test
	void without_an_smtp_server_an_email_is_logged_as_skipped() {
		CallerContact caller = TestCallers.withEmail();

		notifier(new LoggingSmsGateway(), new SmtpMail(null, "12345@whistle.invalid")).send(email(caller));

		assertThat(messagesOf(caller)).singleElement().satisfies(m -> {
			assertThat(m.status()).isEqualTo(MessageStatus.SKIPPED);
			assertThat(m.error()).isEqualTo(Notifier.NO_SMTP);
		});
	}

	private Notifier notifier(SmsGateway sms, SmtpMail mail) {
		return new Notifier(log, sms, mail, clock);
	}

	private List<LoggedMessage> messagesOf(CallerContact caller) {
		return log.find(new MessageFilter(caller.orderNo(), null, null, 0, 10));
	}

	private static Occasion occasionOf(CallerContact caller) {
		return new Occasion(caller.orderId(), caller.orderNo(), "TEST", 0);
	}

	private static OutgoingMessage email(CallerContact caller) {
		return OutgoingMessage.email(occasionOf(caller), caller.email(), "主题", "正文");
	}

	private static int closedPort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
