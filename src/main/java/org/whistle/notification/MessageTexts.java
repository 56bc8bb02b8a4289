package org.whistle.notification;

import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.whistle.workorder.CallerContact;

/** Puts a notice into the words of {@code whistle.notification.locale} (Chinese by default). */
@Component
class MessageTexts {

	private final MessageSource messages;
	private final Locale locale;

	MessageTexts(MessageSource messages, NotificationSettings settings) {
		this.messages = messages;
		this.locale = settings.locale();
	}

	/** The notice to the caller; {@code more} fills <code>{1}</code> … after the order number. */
	Letter compose(Notice notice, CallerContact caller, String... more) {
		Object[] args = Stream.concat(Stream.of(caller.orderNo()), Stream.of(more)).toArray();
		String sms = text(notice.key("sms"), args);
		String greeting = caller.name() == null || caller.name().isBlank() ? text("notification.mail.greeting.anonymous")
				: text("notification.mail.greeting", caller.name().strip());
		String body = String.join("\n\n", greeting, sms, text("notification.mail.signature"));
		return new Letter(sms, text(notice.key("subject"), args), body);
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
