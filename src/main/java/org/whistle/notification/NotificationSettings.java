package org.whistle.notification;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code whistle.notification.*}: the language callers are written to, and the sender of their
 * e-mail.
 */
@ConfigurationProperties("whistle.notification")
record NotificationSettings(@DefaultValue("zh-CN") Locale locale,
		@DefaultValue("12345@whistle.invalid") String mailFrom) {
}
