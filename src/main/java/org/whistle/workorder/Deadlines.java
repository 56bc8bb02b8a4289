package org.whistle.workorder;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/** When the unit must sign for an order, contact the caller, and resolve it. */
public record Deadlines(Instant signBy, Instant contactBy, Instant resolveBy) implements Serializable {

	static Deadlines from(Instant dispatchedAt, TimeLimits limits) {
		return new Deadlines(dispatchedAt.plus(limits.signFor()), dispatchedAt.plus(limits.contact()),
				dispatchedAt.plus(limits.resolution()));
	}

	Deadlines extendedBy(Duration extra) {
		return new Deadlines(signBy, contactBy, resolveBy.plus(extra));
	}

	Deadlines resolveAgain(Instant now, TimeLimits limits) {
		return new Deadlines(signBy, contactBy, now.plus(limits.resolution()));
	}
}
