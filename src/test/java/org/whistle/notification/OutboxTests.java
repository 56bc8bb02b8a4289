package org.whistle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.HeldInserts;
import org.whistle.notification.MessageLog.Delivered;
import org.whistle.notification.MessageLog.QueuedMessage;
import org.whistle.workorder.CallerContact;

/**
 * The message log as the outbox: a claim a dead postman left behind is taken over after the lease,
 * by one postman only, only the claim's holder records the outcome, and a batch running out of
 * lease gives back what it has not delivered. The postmen of the
 * running contexts share the log, so this test's messages are claimed by a "dead postman" far in
 * the future (stale for nobody else) and taken over at times after that.
 */
@SpringBootTest
class OutboxTests {

	private static final int WIDE = 100_000;

	private static final Instant DIED = Instant.parse("2999-01-01T00:00:00Z");

	private static final Instant LATER = DIED.plusSeconds(600);

	private static final Instant LEASE_ENDED = DIED.plusSeconds(1);

	@Autowired
	MessageLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HeldInserts held;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Test
	void messages_a_dead_postman_left_are_taken_over_by_one_postman_only() {
		CallerContact caller = TestCallers.withoutEmail();
		leftByADeadPostman(caller, "A", "B");

		List<QueuedMessage> first = claimedOf(caller, UUID.randomUUID().toString());
		List<QueuedMessage> second = claimedOf(caller, UUID.randomUUID().toString());

		assertThat(first).extracting(q -> q.message().occasion().kind()).containsExactly("A", "B");
		assertThat(second).isEmpty();
	}

	@Test
	void a_postman_whose_claim_was_taken_over_can_no_longer_record_the_outcome() {
		CallerContact caller = TestCallers.withoutEmail();
		leftByADeadPostman(caller, "A");
		String successor = UUID.randomUUID().toString();
		long id = claimedOf(caller, successor).get(0).id();

		log.complete("dead", List.of(new Delivered(id, Delivery.failed("log", "too late"))), LATER);
		assertThat(messageOf(caller).status()).isEqualTo(MessageStatus.SENDING);
		log.complete(successor, List.of(new Delivered(id, Delivery.sent("log"))), LATER);

		assertThat(messageOf(caller)).satisfies(m -> {
			assertThat(m.status()).isEqualTo(MessageStatus.SENT);
			assertThat(m.error()).isNull();
			assertThat(m.sentAt()).isNotNull();
		});
	}

	@Test
	void a_batch_that_takes_half_the_lease_puts_back_what_it_has_not_delivered() {
		CallerContact caller = TestCallers.withoutEmail();
		leftByADeadPostman(caller, "A", "B", "C");
		Instant[] now = { LATER };
		Clock aMinuteAPeek = new Clock() {

			@Override
			public Instant instant() {
				now[0] = now[0].plusSeconds(60);
				return now[0];
			}

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}
		};
		var postman = new Postman(log, new LoggingSmsGateway(), new SmtpMail(null, "12345@whistle.invalid"),
				aMinuteAPeek, Duration.ofHours(1), Duration.ofMinutes(5));

		postman.deliverQueued();

		List<MessageStatus> statuses = log.find(new MessageFilter(caller.orderNo(), null, null, 0, 10)).stream()
			.map(LoggedMessage::status).toList();
		assertThat(statuses).doesNotContain(MessageStatus.SENDING).contains(MessageStatus.PENDING);
	}

	/**
	 * Queues the messages and marks them claimed by a postman at {@link #DIED}, in one transaction
	 * (the queued rows are sent before the claim, which would otherwise find them held back).
	 */
	private void leftByADeadPostman(CallerContact caller, String... kinds) {
		transactions.executeWithoutResult(status -> {
			for (String kind : kinds) {
				var occasion = new Occasion(caller.orderId(), caller.orderNo(), kind, 0);
				log.queue(OutgoingMessage.sms(occasion, caller.phone(), "短信 " + kind), clock.instant());
			}
			held.flush();
			jdbc.sql("UPDATE message_log SET status = 'SENDING', claim = 'dead', claimed_at = :at WHERE order_id = :id")
				.param("at", DIED.atOffset(ZoneOffset.UTC))
				.param("id", caller.orderId())
				.update();
		});
	}

	private List<QueuedMessage> claimedOf(CallerContact caller, String token) {
		return log.claim(WIDE, token, LATER, LEASE_ENDED).stream()
			.filter(q -> q.message().occasion().orderId() == caller.orderId())
			.toList();
	}

	private LoggedMessage messageOf(CallerContact caller) {
		return log.find(new MessageFilter(caller.orderNo(), null, null, 0, 10)).get(0);
	}
}
