package org.whistle.catalog.rule;

import java.time.Duration;

/**
 * The time limits of a rule; a {@code null} limit falls back to the configured default.
 * Resolution is counted in natural days, or in hours when urgent.
 */
public record TimeLimits(Integer signForHours, Integer contactHours, Integer resolutionDays,
		Integer urgentSignForHours, Integer urgentContactHours, Integer urgentResolutionHours) {

	public static final TimeLimits DEFAULTS = new TimeLimits(null, null, null, null, null, null);

	/** These limits, each missing one taken from {@code defaults}. */
	public TimeLimits orElse(TimeLimits defaults) {
		return new TimeLimits(first(signForHours, defaults.signForHours), first(contactHours, defaults.contactHours),
				first(resolutionDays, defaults.resolutionDays), first(urgentSignForHours, defaults.urgentSignForHours),
				first(urgentContactHours, defaults.urgentContactHours),
				first(urgentResolutionHours, defaults.urgentResolutionHours));
	}

	public Duration signForDue(boolean urgent) {
		return Duration.ofHours(urgent ? urgentSignForHours : signForHours);
	}

	public Duration contactDue(boolean urgent) {
		return Duration.ofHours(urgent ? urgentContactHours : contactHours);
	}

	public Duration resolutionDue(boolean urgent) {
		return urgent ? Duration.ofHours(urgentResolutionHours) : Duration.ofDays(resolutionDays);
	}

	private static Integer first(Integer value, Integer fallback) {
		return value != null ? value : fallback;
	}
}
