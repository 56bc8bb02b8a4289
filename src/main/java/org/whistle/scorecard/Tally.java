package org.whistle.scorecard;

/**
 * What a unit's orders of a period add up to, excluded orders left out (they only count in
 * {@code excluded}). {@code callbacks} are the valid callbacks: the caller was reached and gave
 * a verdict; they are the denominator of the three rates, and {@code contactedInTime},
 * {@code solved}, {@code satisfied} and {@code basicallySatisfied} count among them.
 */
public record Tally(long received, long dispatched, long signedOnTime, long contactedOnTime, long repliedOnTime,
		long overdue, long reopened, long excluded, long callbacks, long contactedInTime, long solved, long satisfied,
		long basicallySatisfied) {

	public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

	public Tally plus(Tally other) {
		return new Tally(received + other.received, dispatched + other.dispatched, signedOnTime + other.signedOnTime,
				contactedOnTime + other.contactedOnTime, repliedOnTime + other.repliedOnTime, overdue + other.overdue,
				reopened + other.reopened, excluded + other.excluded, callbacks + other.callbacks,
				contactedInTime + other.contactedInTime, solved + other.solved, satisfied + other.satisfied,
				basicallySatisfied + other.basicallySatisfied);
	}
}
