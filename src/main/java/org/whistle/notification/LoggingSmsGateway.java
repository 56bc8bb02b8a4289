package org.whistle.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.whistle.PersonalData;

/** Sends no SMS: writes it to the application log, with the phone number masked. */
@Component
@ConditionalOnProperty(name = "whistle.notification.sms-provider", havingValue = LoggingSmsGateway.PROVIDER,
		matchIfMissing = true)
class LoggingSmsGateway implements SmsGateway {

	static final String PROVIDER = "log";

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsGateway.class);

	@Override
	public String provider() {
		return PROVIDER;
	}

	@Override
	public void send(String phone, String text) {
		log.info("SMS to {}: {}", PersonalData.maskPhone(phone), text);
	}
}
