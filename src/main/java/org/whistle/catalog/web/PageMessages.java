package org.whistle.catalog.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.whistle.catalog.input.Violation;

/** Puts violations into words of the page's language. */
@Component
class PageMessages {

	/** The key of violations of the input as a whole in {@link #byField}. */
	static final String GLOBAL = "";

	private final MessageSource messages;

	PageMessages(MessageSource messages) {
		this.messages = messages;
	}

	List<String> all(List<? extends MessageSourceResolvable> violations, Locale locale) {
		return violations.stream().map(violation -> messages.getMessage(violation, locale)).toList();
	}

	/** The messages by form field; those about no field under {@link #GLOBAL}. */
	Map<String, List<String>> byField(List<Violation> violations, Locale locale) {
		Map<String, List<String>> byField = new LinkedHashMap<>();
		for (Violation violation : violations) {
			byField.computeIfAbsent(Objects.toString(violation.field(), GLOBAL), field -> new ArrayList<>())
				.add(messages.getMessage(violation, locale));
		}
		return byField;
	}
}
