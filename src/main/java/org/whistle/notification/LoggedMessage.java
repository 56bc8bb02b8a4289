package org.whistle.notification;

import java.time.Instant;

/** A message as logged. The recipient is personal data: show {@link #maskedRecipient()}. */
public record LoggedMessage(long id, Occasion occasion, MessageChannel channel, String recipient, String subject,
		String text, MessageStatus status, String error, String provider, Instant createdAt, Instant sentAt) {

	public String maskedRecipient() {
		return channel.mask(recipient);
	}
}
