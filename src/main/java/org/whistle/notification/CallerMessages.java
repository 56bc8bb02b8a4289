package org.whistle.notification;

/** The one way out to callers: every message is queued in the log, then delivered by its channel. */
public interface CallerMessages {

	/**
	 * Queues the message in the current transaction (or one of its own) and delivers it after the
	 * commit, once per occasion and channel: sending the same again does nothing. A delivery that
	 * fails is logged as {@link MessageStatus#FAILED}, never thrown: it cannot undo what made the
	 * caller be told.
	 */
	void send(OutgoingMessage message);
}
