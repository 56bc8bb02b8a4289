package org.whistle.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Which users to list: by a text in username or name, by unit, by role; one page at a time. */
public record StaffFilter(String text, Long unitId, Role role, int page, int size) {

	public StaffFilter {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), 200);
		text = text == null || text.isBlank() ? null : text.strip();
	}

	String where() {
		List<String> conditions = new ArrayList<>();
		if (text != null) {
			conditions.add("(LOWER(u.username) LIKE :text OR LOWER(u.display_name) LIKE :text)");
		}
		if (unitId != null) {
			conditions.add("u.unit_id = :unitId");
		}
		if (role != null) {
			conditions.add("EXISTS (SELECT 1 FROM staff_role r WHERE r.user_id = u.id AND r.role = :role)");
		}
		return conditions.isEmpty() ? "" : "WHERE " + String.join(" AND ", conditions);
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		if (text != null) {
			params.put("text", "%" + text.toLowerCase() + "%");
		}
		if (unitId != null) {
			params.put("unitId", unitId);
		}
		if (role != null) {
			params.put("role", role.name());
		}
		return params;
	}
}
