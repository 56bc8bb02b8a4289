package org.whistle.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which audit events to list: of one subject type, by one actor (the exact username), with a
 * text in the action, subject id or detail; one page at a time.
 */
public record AuditFilter(String subjectType, String actor, String text, int page, int size) {

	public AuditFilter {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), 200);
		subjectType = blankToNull(subjectType);
		actor = blankToNull(actor);
		text = blankToNull(text);
	}

	String where() {
		List<String> conditions = new ArrayList<>();
		if (subjectType != null) {
			conditions.add("subject_type = :subjectType");
		}
		if (actor != null) {
			conditions.add("actor = :actor");
		}
		if (text != null) {
			conditions.add("(LOWER(detail) LIKE :text ESCAPE '\\' OR LOWER(subject_id) LIKE :text ESCAPE '\\'"
					+ " OR LOWER(action) LIKE :text ESCAPE '\\')");
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (subjectType != null) {
			params.put("subjectType", subjectType);
		}
		if (actor != null) {
			params.put("actor", actor);
		}
		if (text != null) {
			params.put("text", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
		}
		return params;
	}

	/** The text taken literally: {@code %} and {@code _} match only themselves. */
	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
