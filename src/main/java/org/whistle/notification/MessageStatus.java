package org.whistle.notification;

/** What became of a logged message. */
public enum MessageStatus {
	/** Queued by the transaction that decided to tell the caller, waiting for the postman. */
	PENDING,
	/** Claimed by a postman, who is delivering it. */
	SENDING,
	/** Handed to the SMS provider or the SMTP server. */
	SENT,
	/** The provider or server refused it or could not be reached; the error says why. */
	FAILED,
	/** Not sent because the channel is not set up, e.g. e-mail without an SMTP server. */
	SKIPPED
}
