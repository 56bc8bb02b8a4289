package org.whistle.workorder.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.whistle.workorder.Satisfaction;

/**
 * The fields of the order pages' action forms; each action reads the ones it needs. {@code back}
 * is the page to return to after the step (a path of this application).
 */
record ActionForm(String back, String note, String text, String reason, Integer days, Boolean approve, Boolean solved,
		Boolean reached, Satisfaction satisfaction, Long unitId, List<Long> coUnitIds, String orderNo) {

	static final int MAX_NOTE = 1000;

	static final int MAX_TEXT = 4000;

	/** {@code back} if it is a path of this application, else {@code fallback}. */
	String backOr(String fallback) {
		return isLocalPath(back) ? back : fallback;
	}

	static boolean isLocalPath(String path) {
		return path != null && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& path.chars().noneMatch(c -> c < 0x20);
	}

	Set<Long> coUnits() {
		Set<Long> units = new LinkedHashSet<>();
		if (coUnitIds != null) {
			coUnitIds.stream().filter(Objects::nonNull).forEach(units::add);
		}
		return units;
	}

	static String required(String value, int max, String field) {
		String text = optional(value, max, field);
		if (text == null) {
			throw new InvalidInput("workorder.invalid." + field, max);
		}
		return text;
	}

	static String optional(String value, int max, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new InvalidInput("workorder.invalid." + field, max);
		}
		return text;
	}

	static <T> T required(T value, String field) {
		if (value == null) {
			throw new InvalidInput("workorder.invalid." + field);
		}
		return value;
	}
}
