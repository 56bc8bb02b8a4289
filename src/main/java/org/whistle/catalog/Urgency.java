package org.whistle.catalog;

/**
 * How urgent a request is. Urgent ones (紧急) get the urgent time limits of the responsibility
 * catalog, e.g. 24 hours for water, power, gas and heating outages.
 */
public enum Urgency {
	/** 一般 */
	NORMAL,
	/** 紧急 */
	URGENT;

	public boolean isUrgent() {
		return this == URGENT;
	}

	/** The key of the label in the message bundles. */
	public String messageKey() {
		return "catalog.urgency." + name();
	}
}
