package org.whistle.workorder.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Times as pages show them: in the city's time zone (the {@link Clock}'s), to the minute. */
@Component
class CityTimes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Clock clock;

	private final MessageSource messages;

	CityTimes(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	Instant now() {
		return clock.instant();
	}

	/** {@code yyyy-MM-dd HH:mm} in the city's zone; empty for no time. */
	String format(Instant at) {
		return at == null ? "" : MINUTES.format(at.atZone(clock.getZone()));
	}

	/** A span in words, e.g. 2天3小时, 5小时10分, 40分钟; never negative. */
	String span(Duration duration, Locale locale) {
		Duration d = duration.isNegative() ? duration.negated() : duration;
		long days = d.toDays();
		long hours = d.toHoursPart();
		long minutes = d.toMinutesPart();
		if (days > 0) {
			return messages.getMessage("workorder.span.days", new Object[] { days, hours }, locale);
		}
		if (hours > 0) {
			return messages.getMessage("workorder.span.hours", new Object[] { hours, minutes }, locale);
		}
		return messages.getMessage("workorder.span.minutes", new Object[] { Math.max(minutes, 1) }, locale);
	}
}
