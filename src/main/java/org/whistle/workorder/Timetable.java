package org.whistle.workorder;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The timetable of one order's deadlines as set at {@code from}: for each deadline a warning when
 * {@code warnAt} of its time has passed, and the check one second after it is due. One persistent
 * timer per order walks through it ({@link DeadlineTimers}); {@code checkedUpTo} is how far it got,
 * so a warning is given once. A later change of the deadlines starts a new timetable, and the old
 * one, finding the order's deadlines no longer its own, stops.
 */
record Timetable(long orderId, Deadlines deadlines, Instant from, double warnAt, Instant checkedUpTo)
		implements Serializable {

	private static final Duration GRACE = Duration.ofSeconds(1);

	static Timetable of(long orderId, Deadlines deadlines, Instant from, double warnAt) {
		return new Timetable(orderId, truncated(deadlines), from, warnAt, from);
	}

	/** The timer's id: one timetable per order and change of its deadlines. */
	String timerId() {
		return orderId + "/" + from.toEpochMilli();
	}

	boolean isFor(Deadlines current) {
		return current != null && deadlines.equals(truncated(current));
	}

	Instant due(Deadline which) {
		return switch (which) {
			case SIGN -> deadlines.signBy();
			case CONTACT -> deadlines.contactBy();
			case RESOLVE -> deadlines.resolveBy();
		};
	}

	/** When to warn of the deadline; none when it was already due when the timetable was set. */
	Optional<Instant> warning(Deadline which) {
		Duration span = Duration.between(from, due(which));
		return span.isNegative() ? Optional.empty() : Optional.of(from.plusMillis((long) (span.toMillis() * warnAt)));
	}

	/** Whether the deadline's warning falls after the last check and by {@code now}. */
	boolean warnsBy(Deadline which, Instant now) {
		return warning(which).filter(at -> at.isAfter(checkedUpTo) && !at.isAfter(now)).isPresent()
				&& due(which).isAfter(now);
	}

	/** The next warning or check after {@code now} of the deadlines that still count. */
	Optional<Instant> nextAfter(Instant now, Collection<Deadline> pending) {
		return pending.stream()
			.flatMap(which -> Stream.concat(warning(which).stream(), Stream.of(due(which).plus(GRACE))))
			.filter(at -> at.isAfter(now))
			.min(Instant::compareTo);
	}

	/** The timetable checked up to {@code now}, and when to look at it next; empty when nothing counts any more. */
	Optional<Next> after(Instant now, Collection<Deadline> pending) {
		return nextAfter(now, pending).map(at -> new Next(at, new Timetable(orderId, deadlines, from, warnAt, now)));
	}

	record Next(Instant at, Timetable timetable) {
	}

	private static Deadlines truncated(Deadlines d) {
		return new Deadlines(d.signBy().truncatedTo(ChronoUnit.MILLIS), d.contactBy().truncatedTo(ChronoUnit.MILLIS),
				d.resolveBy().truncatedTo(ChronoUnit.MILLIS));
	}
}
