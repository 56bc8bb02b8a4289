package org.whistle.notification;

/**
 * An SMS provider. The default build has only {@code log}, which writes each SMS to the
 * application log; another provider is a bean of this type chosen by
 * {@code whistle.notification.sms-provider}.
 */
public interface SmsGateway {

	/** The provider's name, logged with every message it sends. */
	String provider();

	/** Hands the text to the provider; throws when the provider refuses it or cannot be reached. */
	void send(String phone, String text);
}
