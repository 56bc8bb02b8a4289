package org.whistle.notification;

/**
 * Why a caller is told something: what happened to which order. A caller hears of one occasion
 * once per channel, so {@code version} tells apart occasions of the same kind that really are
 * new, such as a second reply after the order was reopened.
 */
public record Occasion(long orderId, String orderNo, String kind, long version) {

	public Occasion {
		if (orderNo == null || orderNo.isBlank() || kind == null || kind.isBlank()) {
			throw new IllegalArgumentException("An occasion names its order number and its kind");
		}
	}
}
