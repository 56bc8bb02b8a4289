package org.whistle.workorder;

/**
 * Where an order stands. The main path is RECEIVED → DISPATCHED → SIGNED → REPLIED →
 * CALLED_BACK → CLOSED; a merged order waits as MERGED for the order it joined.
 */
public enum OrderStatus {
	RECEIVED, DISPATCHED, SIGNED, REPLIED, CALLED_BACK, MERGED, CLOSED;

	public boolean isOpen() {
		return this != CLOSED;
	}

	/** With a unit: it has been dispatched and not yet replied. */
	public boolean isWithUnit() {
		return this == DISPATCHED || this == SIGNED;
	}
}
