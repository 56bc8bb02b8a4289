package org.whistle.notification;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logs each message before it is delivered, so a repeat finds it logged and is not sent again,
 * and records how the delivery ended.
 */
@Service
@EnableConfigurationProperties(NotificationSettings.class)
class Notifier implements CallerMessages {

	static final String NO_SMTP = "No SMTP server configured (spring.mail.host)";

	private static final int MAX_ERROR = 500;

	private static final Logger log = LoggerFactory.getLogger(Notifier.class);

	private final MessageLog messages;
	private final SmsGateway sms;
	private final SmtpMail mail;
	private final Clock clock;

	Notifier(MessageLog messages, SmsGateway sms, SmtpMail mail, Clock clock) {
		this.messages = messages;
		this.sms = sms;
		this.mail = mail;
		this.clock = clock;
	}

	/** In a transaction of its own: a message that went out stays logged whatever the sender's transaction does. */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void send(OutgoingMessage message) {
		Optional<Long> claimed = messages.claim(message, clock.instant());
		if (claimed.isEmpty()) {
			log.debug("{} {} of order {} was sent before", message.channel(), message.occasion().kind(),
					message.occasion().orderNo());
			return;
		}
		messages.complete(claimed.get(), deliver(message), clock.instant());
	}

	private Delivery deliver(OutgoingMessage message) {
		if (message.channel() == MessageChannel.EMAIL && !mail.configured()) {
			return Delivery.skipped(NO_SMTP);
		}
		String provider = message.channel() == MessageChannel.SMS ? sms.provider() : SmtpMail.PROVIDER;
		try {
			switch (message.channel()) {
				case SMS -> sms.send(message.recipient(), message.text());
				case EMAIL -> mail.send(message.recipient(), message.subject(), message.text());
			}
			return Delivery.sent(provider);
		}
		catch (RuntimeException e) {
			String error = errorOf(e, message);
			log.warn("{} to {} of order {} failed: {}", message.channel(), message.channel().mask(message.recipient()),
					message.occasion().orderNo(), error);
			return Delivery.failed(provider, error);
		}
	}

	/** The error as logged: servers like to quote the recipient, who stays masked here too. */
	private static String errorOf(RuntimeException e, OutgoingMessage message) {
		String error = (e.getClass().getSimpleName() + ": " + e.getMessage())
				.replace(message.recipient(), message.channel().mask(message.recipient()));
		return error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
	}
}
