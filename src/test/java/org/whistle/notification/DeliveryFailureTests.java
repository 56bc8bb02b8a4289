package org.whistle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.whistle.workorder.CallerContact;

/** A message that cannot be delivered ends as failed or skipped, with the reason, and nothing is thrown. */
class DeliveryFailureTests {

	@Test
	void an_smtp_server_that_cannot_be_reached_ends_as_failed_and_nothing_is_thrown() throws IOException {
		var wrongPort = new JavaMailSenderImpl();
		wrongPort.setHost("127.0.0.1");
		wrongPort.setPort(closedPort());
		CallerContact caller = TestCallers.withEmail();

		Delivery delivery = postman(new LoggingSmsGateway(), new SmtpMail(wrongPort, "12345@whistle.invalid"))
			.deliver(email(caller));

		assertThat(delivery.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(delivery.provider()).isEqualTo("smtp");
		assertThat(delivery.error()).contains("MailSendException").doesNotContain(caller.email());
	}

	@Test
	void an_sms_provider_that_refuses_ends_as_failed_with_the_phone_masked_in_the_error() {
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

		Delivery delivery = postman(refusing, new SmtpMail(null, "12345@whistle.invalid"))
			.deliver(OutgoingMessage.sms(occasionOf(caller), caller.phone(), "短信"));

		assertThat(delivery.status()).isEqualTo(MessageStatus.FAILED);
		assertThat(delivery.provider()).isEqualTo("refusing");
		assertThat(delivery.error()).isEqualTo("IllegalStateException: quota exceeded for 138****5678");
	}

	@Test
	void without_an_smtp_server_an_email_is_skipped() {
		CallerContact caller = TestCallers.withEmail();

		Delivery delivery = postman(new LoggingSmsGateway(), new SmtpMail(null, "12345@whistle.invalid"))
			.deliver(email(caller));

		assertThat(delivery.status()).isEqualTo(MessageStatus.SKIPPED);
		assertThat(delivery.error()).isEqualTo(Postman.NO_SMTP);
	}

	private static Postman postman(SmsGateway sms, SmtpMail mail) {
		return new Postman(null, sms, mail, Clock.systemUTC(), Duration.ofHours(1), Duration.ofMinutes(5));
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
