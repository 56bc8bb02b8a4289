package org.whistle.notification;

/** The one way out to callers: every message is logged, then delivered by its channel. */
public interface CallerMessages {

	/**
	 * Logs the message and delivers it, once per occasion and channel: sending the same again
	 * does nothing. A delivery that fails is logged as {@link MessageStatus#FAILED} and never
	 * thrown, so it cannot undo what made the caller be told.
	 */
	void send(OutgoingMessage message);
}
