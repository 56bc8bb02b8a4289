package org.whistle.notification;

/** How delivering one message ended, as the log records it. */
record Delivery(MessageStatus status, String provider, String error) {

	static Delivery sent(String provider) {
		return new Delivery(MessageStatus.SENT, provider, null);
	}

	static Delivery failed(String provider, String error) {
		return new Delivery(MessageStatus.FAILED, provider, error);
	}

	static Delivery skipped(String reason) {
		return new Delivery(MessageStatus.SKIPPED, null, reason);
	}
}
