package org.whistle.workorder;

/** How a closed order ended. */
public enum Closure {
	/** The caller confirmed at the callback that it is solved. */
	SOLVED,
	/** The caller could not be reached after every callback attempt. */
	NOT_VERIFIED,
	/** A consultation answered on the spot by the operator (直接答复). */
	ANSWERED_DIRECTLY
}
