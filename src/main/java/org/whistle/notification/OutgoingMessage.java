package org.whistle.notification;

/** One message to one caller: an SMS to a phone, or an e-mail with a subject to an address. */
public record OutgoingMessage(Occasion occasion, MessageChannel channel, String recipient, String subject,
		String text) {

	/** The longest text and subject the log keeps. */
	public static final int MAX_TEXT = 2000;
	public static final int MAX_SUBJECT = 200;

	public OutgoingMessage {
		if (occasion == null || channel == null || recipient == null || recipient.isBlank() || text == null
				|| text.isBlank()) {
			throw new IllegalArgumentException("A message has an occasion, a channel, a recipient and a text");
		}
		if (text.length() > MAX_TEXT || subject != null && subject.length() > MAX_SUBJECT) {
			throw new IllegalArgumentException("A message's text or subject is too long");
		}
		recipient = recipient.strip();
	}

	public static OutgoingMessage sms(Occasion occasion, String phone, String text) {
		return new OutgoingMessage(occasion, MessageChannel.SMS, phone, null, text);
	}

	public static OutgoingMessage email(Occasion occasion, String address, String subject, String text) {
		return new OutgoingMessage(occasion, MessageChannel.EMAIL, address, subject, text);
	}
}
