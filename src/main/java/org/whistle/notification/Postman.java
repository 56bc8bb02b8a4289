package org.whistle.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.whistle.notification.MessageLog.Delivered;
import org.whistle.notification.MessageLog.QueuedMessage;

/**
 * Delivers the queued messages, a batch at a time, outside any transaction: a slow SMTP server
 * holds no database connection and no order. Woken when a transaction that queued messages
 * commits, and every {@code poll-interval} for what other nodes queued or a dead node left
 * half-sent (a claim older than {@code lease} is taken over, so such a message may reach its
 * caller twice but is never lost).
 */
@Component
class Postman implements SmartLifecycle {

	static final String NO_SMTP = "No SMTP server configured (spring.mail.host)";

	static final int BATCH = 100;

	private static final long LINGER_MILLIS = 20;

	private static final int MAX_ERROR = 500;

	private static final Logger log = LoggerFactory.getLogger(Postman.class);

	private final MessageLog messages;
	private final SmsGateway sms;
	private final SmtpMail mail;
	private final Clock clock;
	private final Duration pollInterval;
	private final Duration lease;
	private final AtomicBoolean roundWanted = new AtomicBoolean();
	private volatile ScheduledExecutorService rounds;

	Postman(MessageLog messages, SmsGateway sms, SmtpMail mail, Clock clock,
			@Value("${whistle.notification.poll-interval:5s}") Duration pollInterval,
			@Value("${whistle.notification.lease:5m}") Duration lease) {
		this.messages = messages;
		this.sms = sms;
		this.mail = mail;
		this.clock = clock;
		this.pollInterval = pollInterval;
		this.lease = lease;
	}

	/** Wakes the postman when the current transaction commits (at once without one). */
	void deliverAfterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					wake();
				}
			});
		}
		else {
			wake();
		}
	}

	/**
	 * Delivers one batch of queued messages and records the outcomes; returns how many it claimed.
	 * A batch that takes half the lease (an SMTP server timing out on every message) stops there
	 * and puts the rest back in the queue, so no other postman takes over, and sends again, what
	 * this one is still delivering.
	 */
	int deliverQueued() {
		String token = UUID.randomUUID().toString();
		Instant now = clock.instant();
		List<QueuedMessage> claimed = messages.claim(BATCH, token, now, now.minus(lease));
		if (claimed.isEmpty()) {
			return 0;
		}
		Instant stopAt = now.plus(lease.dividedBy(2));
		List<Delivered> outcomes = new ArrayList<>();
		for (QueuedMessage queued : claimed) {
			if (clock.instant().isAfter(stopAt)) {
				break;
			}
			outcomes.add(new Delivered(queued.id(), deliver(queued.message())));
		}
		messages.complete(token, outcomes, clock.instant());
		if (outcomes.size() < claimed.size()) {
			messages.release(token);
		}
		return claimed.size();
	}

	/** A round starts a moment after the first wake-up, so that under load one round takes many messages. */
	private void wake() {
		ScheduledExecutorService executor = rounds;
		if (executor != null && roundWanted.compareAndSet(false, true)) {
			executor.schedule(this::round, LINGER_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	private void round() {
		roundWanted.set(false);
		try {
			while (deliverQueued() == BATCH) {
				// a full batch: more may be waiting
			}
		}
		catch (RuntimeException e) {
			log.warn("Delivering queued messages failed, trying again in {}: {}", pollInterval, e.toString());
		}
	}

	Delivery deliver(OutgoingMessage message) {
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

	@Override
	public void start() {
		rounds = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "postman");
			thread.setDaemon(true);
			return thread;
		});
		rounds.scheduleWithFixedDelay(this::wake, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = rounds;
		rounds = null;
		if (executor != null) {
			executor.shutdown();
			try {
				executor.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return rounds != null;
	}
}
