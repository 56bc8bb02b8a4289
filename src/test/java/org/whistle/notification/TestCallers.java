package org.whistle.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.whistle.workorder.CallerContact;

/**
 * Callers of orders no other test uses: the message log outlives a test context, and it keeps
 * one message per order, occasion and channel.
 */
final class TestCallers {

	private static final AtomicLong ORDER_IDS = new AtomicLong(System.currentTimeMillis() * 1_000);

	private TestCallers() {
	}

	static long nextOrderId() {
		return ORDER_IDS.incrementAndGet();
	}

	/** Waits until the postman has delivered every message to the order, or tried to. */
	static void awaitDelivery(MessageLog log, String orderNo) {
		await().atMost(Duration.ofSeconds(20)).until(() -> log.find(new MessageFilter(orderNo, null, null, 0, 100))
			.stream().noneMatch(m -> m.status() == MessageStatus.PENDING || m.status() == MessageStatus.SENDING));
	}

	static CallerContact withEmail() {
		long id = nextOrderId();
		return new CallerContact(id, "T" + id, "王小明", "13812345678", "caller-" + id + "@example.org");
	}

	static CallerContact withoutEmail() {
		long id = nextOrderId();
		return new CallerContact(id, "T" + id, "李雷", "13812345678", null);
	}
}
