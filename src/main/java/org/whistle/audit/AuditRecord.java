package org.whistle.audit;

import java.util.Objects;
import java.util.StringJoiner;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * One administrative change, for the audit trail. Publish it with Spring's
 * {@code ApplicationEventPublisher} inside the transaction that makes the change; it is stored
 * in that transaction.
 * <p>
 * {@code detail} says what the subject became, briefly. It must never hold a password, its hash,
 * an API key or a caller's personal data; longer than {@value #MAX_DETAIL} characters, it is cut.
 *
 * @param actor the username of who made the change, or {@value #SYSTEM}
 * @param action what was done, as {@code <subject>.<verb>}, e.g. {@code unit.created}
 * @param subjectType what kind of thing changed, e.g. {@code unit}
 * @param subjectId which one: its id or code, as the publishing module names it
 */
public record AuditRecord(String actor, String action, String subjectType, String subjectId, String detail) {

	/** The actor of changes that no signed-in user made: start-up, scheduled tasks, commands. */
	public static final String SYSTEM = "system";

	public static final int MAX_DETAIL = 2000;

	static final int MAX_ACTOR = 100;

	static final int MAX_ACTION = 64;

	static final int MAX_SUBJECT_TYPE = 32;

	static final int MAX_SUBJECT_ID = 64;

	public AuditRecord {
		actor = required("actor", actor, MAX_ACTOR);
		action = required("action", action, MAX_ACTION);
		subjectType = required("subjectType", subjectType, MAX_SUBJECT_TYPE);
		subjectId = required("subjectId", subjectId, MAX_SUBJECT_ID);
		detail = cut(detail == null ? "" : detail.strip());
	}

	/** A change made by the user signed in on this thread, or by {@value #SYSTEM} when nobody is. */
	public static AuditRecord of(String action, String subjectType, Object subjectId, String detail) {
		return new AuditRecord(currentActor(), action, subjectType, String.valueOf(subjectId), detail);
	}

	/** The username of the user signed in on this thread (by form or API key), or {@value #SYSTEM}. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return SYSTEM;
		}
		String name = authentication.getName();
		return name == null || name.isBlank() ? SYSTEM : name;
	}

	/**
	 * A detail from names and values, {@code name=value, name=value}; a null value shows as
	 * empty. Pass only what may be shown to administrators.
	 */
	public static String detail(Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("Names and values come in pairs");
		}
		var detail = new StringJoiner(", ");
		for (int i = 0; i < namesAndValues.length; i += 2) {
			detail.add(namesAndValues[i] + "=" + Objects.toString(namesAndValues[i + 1], ""));
		}
		return detail.toString();
	}

	private static String required(String name, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("An audit record needs its " + name);
		}
		String stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new IllegalArgumentException("An audit record's " + name + " has at most " + maxLength + " characters");
		}
		return stripped;
	}

	/** Cuts to {@link #MAX_DETAIL} characters, never inside a surrogate pair. */
	private static String cut(String detail) {
		if (detail.length() <= MAX_DETAIL) {
			return detail;
		}
		int end = MAX_DETAIL - 1;
		if (Character.isHighSurrogate(detail.charAt(end - 1))) {
			end--;
		}
		return detail.substring(0, end) + "…";
	}
}
