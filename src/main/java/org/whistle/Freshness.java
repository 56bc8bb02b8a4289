package org.whistle;

import java.time.Duration;

/**
 * Keeps a node's copy of something stored in the database (a search index, a model) current: a
 * change made on this node marks it stale, changes made on other nodes are asked for at most
 * once per interval.
 */
public final class Freshness {

	private final long intervalNanos;

	private volatile boolean stale = true;

	private long checkedAt;

	public Freshness(Duration interval) {
		this.intervalNanos = interval.toNanos();
	}

	/** A change was committed here: the next {@link #ensure} refreshes whatever the time. */
	public void markStale() {
		stale = true;
	}

	/**
	 * Runs {@code refresh} when the copy is stale or the interval has passed since the last one.
	 * A refresh that fails leaves the copy stale, so the next call tries again.
	 */
	public synchronized void ensure(Runnable refresh) {
		long now = System.nanoTime();
		if (!stale && now - checkedAt < intervalNanos) {
			return;
		}
		// cleared before asking: a change committed from here on marks it stale again
		stale = false;
		try {
			refresh.run();
			checkedAt = now;
		}
		catch (RuntimeException e) {
			stale = true;
			throw e;
		}
	}
}
