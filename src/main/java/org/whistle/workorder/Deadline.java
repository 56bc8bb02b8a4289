package org.whistle.workorder;

/** The three clocks of an order: sign for it, contact the caller, resolve it. */
public enum Deadline {
	SIGN, CONTACT, RESOLVE
}
