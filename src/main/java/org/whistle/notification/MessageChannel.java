package org.whistle.notification;

import org.whistle.PersonalData;

/** How a message reaches the caller. */
public enum MessageChannel {
	SMS, EMAIL;

	/** The recipient as logs and pages show it: {@code 138****5678}, {@code w***@example.org}. */
	public String mask(String recipient) {
		return this == SMS ? PersonalData.maskPhone(recipient) : PersonalData.maskEmail(recipient);
	}
}
