package org.whistle.notification;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues each message in the sender's transaction, so that it is sent if and only if what made
 * the caller be told is committed, and wakes the {@link Postman} when that transaction commits.
 */
@Service
@EnableConfigurationProperties(NotificationSettings.class)
class Notifier implements CallerMessages {

	private final MessageLog messages;
	private final Postman postman;
	private final Clock clock;

	Notifier(MessageLog messages, Postman postman, Clock clock) {
		this.messages = messages;
		this.postman = postman;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(OutgoingMessage message) {
		messages.queue(message, clock.instant());
		postman.deliverAfterCommit();
	}
}
