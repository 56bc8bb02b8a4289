package org.whistle.workorder;

import java.time.Duration;

/**
 * The time limits an order got from the responsibility catalog when it was registered: to sign
 * for it, to contact the caller, and to resolve it, each counted from dispatch. The order keeps
 * them, so a later change of the catalog does not move its deadlines.
 */
public record TimeLimits(Duration signFor, Duration contact, Duration resolution, String rule) {

	public TimeLimits {
		if (signFor.isNegative() || contact.isNegative() || resolution.isNegative() || resolution.isZero()) {
			throw new IllegalArgumentException("Time limits must be positive");
		}
	}

	/** The time limit of one deadline. */
	public Duration of(Deadline which) {
		return switch (which) {
			case SIGN -> signFor;
			case CONTACT -> contact;
			case RESOLVE -> resolution;
		};
	}
}
