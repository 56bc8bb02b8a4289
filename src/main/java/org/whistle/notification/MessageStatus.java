package org.whistle.notification;

/** What became of a logged message. */
public enum MessageStatus {
	/** Being delivered: only ever seen inside the transaction that sends it. */
	PENDING,
	/** Handed to the SMS provider or the SMTP server. */
	SENT,
	/** The provider or server refused it or could not be reached; the error says why. */
	FAILED,
	/** Not sent because the channel is not set up, e.g. e-mail without an SMTP server. */
	SKIPPED
}
