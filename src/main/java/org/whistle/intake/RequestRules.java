package org.whistle.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.whistle.catalog.Catalog;

/** What a request must hold before it becomes an order; all problems are reported together. */
final class RequestRules {

	static final int MAX_TITLE = 200;
	static final int MAX_CONTENT = 4000;
	static final int MAX_ADDRESS = 500;
	static final int MAX_NAME = 100;

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{2,19}");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,20}");

	private RequestRules() {
	}

	static void check(NewRequest r, Catalog catalog) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (r.channel() == null) {
			problems.put("channel", "required: one of PHONE, WEB, APP, OPEN311, SENSOR, GRID");
		}
		if (r.type() == null) {
			problems.put("type", "required: one of CONSULTATION, HELP, COMPLAINT, REPORT, SUGGESTION");
		}
		text(problems, "title", r.title(), MAX_TITLE, true);
		text(problems, "content", r.content(), MAX_CONTENT, true);
		text(problems, "address", r.address(), MAX_ADDRESS, false);
		text(problems, "callerName", r.callerName(), MAX_NAME, false);
		if (r.callerPhone() != null && !r.callerPhone().isBlank() && !PHONE.matcher(r.callerPhone().strip()).matches()) {
			problems.put("callerPhone", "not a phone number");
		}
		if (r.callerEmail() != null && !r.callerEmail().isBlank() && !EMAIL.matcher(r.callerEmail().strip()).matches()) {
			problems.put("callerEmail", "not an e-mail address");
		}
		place(problems, r);
		if (r.categoryCode() != null && !r.categoryCode().isBlank()
				&& catalog.category(r.categoryCode().strip()).filter(c -> c.active()).isEmpty()) {
			problems.put("categoryCode", "unknown category " + r.categoryCode());
		}
		if (!problems.isEmpty()) {
			throw new InvalidRequest(problems);
		}
	}

	private static void place(Map<String, String> problems, NewRequest r) {
		if ((r.lat() == null) != (r.lon() == null)) {
			problems.put(r.lat() == null ? "lat" : "lon", "lat and lon come together");
		}
		if (r.lat() != null && (r.lat() < -90 || r.lat() > 90 || r.lat().isNaN())) {
			problems.put("lat", "must be between -90 and 90");
		}
		if (r.lon() != null && (r.lon() < -180 || r.lon() > 180 || r.lon().isNaN())) {
			problems.put("lon", "must be between -180 and 180");
		}
		if (r.lat() == null && r.lon() == null && (r.address() == null || r.address().isBlank())) {
			problems.put("address", "give an address, or lat and lon");
		}
	}

	private static void text(Map<String, String> problems, String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.put(field, "required");
			}
		}
		else if (value.strip().length() > max) {
			problems.put(field, "at most " + max + " characters");
		}
	}
}
