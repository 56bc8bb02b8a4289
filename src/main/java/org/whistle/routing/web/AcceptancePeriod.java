package org.whistle.routing.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The days whose dispatch decisions count for the acceptance rate, both inclusive, in the city's
 * time zone: the last 30 days unless the request names them.
 */
record AcceptancePeriod(LocalDate first, LocalDate last) {

	static final int DEFAULT_DAYS = 30;

	/** @throws IllegalArgumentException when a day is not a date or the period runs backwards */
	static AcceptancePeriod of(String from, String to, Clock clock) {
		LocalDate last = blank(to) ? LocalDate.now(clock) : day("to", to);
		LocalDate first = blank(from) ? last.minusDays(DEFAULT_DAYS - 1) : day("from", from);
		if (first.isAfter(last)) {
			throw new IllegalArgumentException("from must not be after to");
		}
		return new AcceptancePeriod(first, last);
	}

	Instant start(Clock clock) {
		return first.atStartOfDay(clock.getZone()).toInstant();
	}

	Instant end(Clock clock) {
		return last.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static LocalDate day(String name, String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException wrong) {
			throw new IllegalArgumentException(name + " must be a date like 2026-11-01");
		}
	}
}
