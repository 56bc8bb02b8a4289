package org.whistle.routing;

/** The suggestion a dispatcher accepted is no longer the one routing makes for the order now. */
public class SuggestionChanged extends RuntimeException {

	public SuggestionChanged(long orderId) {
		super("The suggested lead unit of order " + orderId + " has changed; look at it again");
	}
}
