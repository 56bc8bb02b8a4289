package org.whistle.notification;

import java.util.Locale;

/**
 * What a caller is told about. Each notice has an SMS text and an e-mail subject under
 * {@code notification.<notice>.sms|subject} in {@code i18n/notification*.properties}, with the
 * order number as <code>{0}</code>.
 */
enum Notice {
	/** 受理: the request was registered. */
	REGISTERED,
	/** 并单: the request repeats another order, <code>{1}</code>, and is handled with it. */
	MERGED,
	/** 答复: the unit has replied; the callback follows. */
	REPLIED,
	/** 办结: the order closed after every callback attempt failed to reach the caller. */
	CLOSED_UNREACHED;

	String key(String part) {
		return "notification." + name().toLowerCase(Locale.ROOT) + "." + part;
	}
}
