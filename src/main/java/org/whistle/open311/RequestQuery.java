package org.whistle.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.util.MultiValueMap;
import org.whistle.workorder.OrderSearch;

/**
 * The parameters of {@code GET requests}. {@code service_request_id} (a comma list) overrides
 * every other filter; otherwise the period defaults to the 90 days before {@code end_date} (or
 * now) and may not span more than 90 days. {@code page} counts from 1; {@code page_size}
 * defaults to {@value #DEFAULT_PAGE_SIZE}. An empty parameter counts as absent.
 */
public record RequestQuery(OrderSearch search, boolean extensions) {

	public static final Duration MAX_SPAN = Duration.ofDays(90);
	public static final int DEFAULT_PAGE_SIZE = 100;

	public static RequestQuery parse(MultiValueMap<String, String> params, Instant now, ZoneId zone) {
		List<String> problems = new ArrayList<>();
		List<String> ids = list(params, "service_request_id");
		List<String> codes = list(params, "service_code");
		Instant start = date(params, "start_date", zone, false, problems);
		Instant end = date(params, "end_date", zone, true, problems);
		Boolean open = status(list(params, "status"), problems);
		int page = number(params, "page", 1, Integer.MAX_VALUE / OrderSearch.MAX_SIZE, 1, problems);
		int size = number(params, "page_size", 1, OrderSearch.MAX_SIZE, DEFAULT_PAGE_SIZE, problems);
		boolean extensions = flag(params, "extensions", problems);
		if (ids.isEmpty() && problems.isEmpty()) {
			if (end == null) {
				end = start == null ? now : start.plus(MAX_SPAN);
			}
			if (start == null) {
				start = end.minus(MAX_SPAN);
			}
			if (end.isBefore(start)) {
				problems.add("end_date: before start_date");
			}
			else if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
				problems.add("start_date, end_date: may not span more than 90 days");
			}
		}
		if (!problems.isEmpty()) {
			throw new Open311Error(400, problems);
		}
		OrderSearch search = ids.isEmpty()
				? new OrderSearch(List.of(), codes, true, start, end, open, page - 1, size)
				: new OrderSearch(ids, List.of(), true, null, null, null, page - 1, size);
		return new RequestQuery(search, extensions);
	}

	/**
	 * A W3C date and time; without an offset it is the city's time, a bare date its start (or
	 * end). A space stands for the {@code +} of an offset that a client forgot to encode.
	 */
	static Instant date(MultiValueMap<String, String> params, String name, ZoneId zone, boolean endOfDay,
			List<String> problems) {
		String value = value(params, name);
		if (value == null) {
			return null;
		}
		value = value.replace(' ', '+');
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException withoutOffset) {
			try {
				return LocalDateTime.parse(value).atZone(zone).toInstant();
			}
			catch (DateTimeParseException notATime) {
				try {
					LocalDate day = LocalDate.parse(value);
					return endOfDay ? day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
							: day.atStartOfDay(zone).toInstant();
				}
				catch (DateTimeParseException notADate) {
					problems.add(name + ": '" + value + "' is not a W3C date and time such as 2026-11-01T00:00:00+08:00");
					return null;
				}
			}
		}
	}

	static String value(MultiValueMap<String, String> params, String name) {
		return Submission.field(params, name) == null ? null : Submission.field(params, name).strip();
	}

	/** Whether {@code extensions=true} asks for the detailed status and the public history. */
	public static boolean extensions(MultiValueMap<String, String> params) {
		List<String> problems = new ArrayList<>();
		boolean extensions = flag(params, "extensions", problems);
		if (!problems.isEmpty()) {
			throw new Open311Error(400, problems);
		}
		return extensions;
	}

	static boolean flag(MultiValueMap<String, String> params, String name, List<String> problems) {
		String value = value(params, name);
		if (value == null || value.equalsIgnoreCase("false")) {
			return false;
		}
		if (value.equalsIgnoreCase("true")) {
			return true;
		}
		problems.add(name + ": '" + value + "' is neither true nor false");
		return false;
	}

	static int number(MultiValueMap<String, String> params, String name, int min, int max, int absent,
			List<String> problems) {
		String value = value(params, name);
		if (value == null) {
			return absent;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		problems.add(name + ": '" + value + "' is not a whole number from " + min + " to " + max);
		return absent;
	}

	private static List<String> list(MultiValueMap<String, String> params, String name) {
		String value = value(params, name);
		return value == null ? List.of()
				: Arrays.stream(value.split(",")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
	}

	private static Boolean status(List<String> statuses, List<String> problems) {
		for (String s : statuses) {
			if (!s.equals("open") && !s.equals("closed")) {
				problems.add("status: '" + s + "' is neither open nor closed");
			}
		}
		boolean open = statuses.contains("open");
		boolean closed = statuses.contains("closed");
		return open == closed ? null : open;
	}
}
