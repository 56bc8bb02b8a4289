package org.whistle.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * The period of {@code GET servicerequestupdates}: after {@code start_date} (default: a day ago)
 * until {@code end_date} (default: now).
 */
public record UpdatesWindow(Instant after, Instant until) {

	static final Duration DEFAULT = Duration.ofDays(1);

	public static UpdatesWindow parse(MultiValueMap<String, String> params, Instant now, ZoneId zone) {
		List<String> problems = new ArrayList<>();
		Instant start = RequestQuery.date(params, "start_date", zone, false, problems);
		Instant end = RequestQuery.date(params, "end_date", zone, true, problems);
		Instant after = start == null ? now.minus(DEFAULT) : start;
		Instant until = end == null ? now : end;
		if (problems.isEmpty() && until.isBefore(after)) {
			problems.add("end_date: before start_date");
		}
		if (!problems.isEmpty()) {
			throw new Open311Error(400, problems);
		}
		return new UpdatesWindow(after, until);
	}
}
