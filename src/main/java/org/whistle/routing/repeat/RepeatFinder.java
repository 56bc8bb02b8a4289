package org.whistle.routing.repeat;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.whistle.routing.Repeat;
import org.whistle.routing.RoutingSettings;

/**
 * Finds the open orders a request may repeat: the filed orders of its category in the cells
 * around its point, then those within the radius, recent enough and alike in words, the most
 * alike first.
 */
@Component
public class RepeatFinder {

	private final OpenOrders orders;

	private final RoutingSettings.Repeats settings;

	RepeatFinder(OpenOrders orders, RoutingSettings settings) {
		this.orders = orders;
		this.settings = settings.repeats();
	}

	/**
	 * @param excludedOrderId an order not to offer (the request itself once registered), or {@code null}
	 */
	public List<Repeat> find(String categoryCode, double lat, double lon, String text, Long excludedOrderId,
			Instant now) {
		Shingles words = Shingles.of(text);
		Instant since = now.minus(settings.window());
		return orders.in(categoryCode, Cells.around(lat, lon, settings.radiusMetres()), since).stream()
			.filter(order -> excludedOrderId == null || order.orderId() != excludedOrderId)
			.filter(order -> Cells.metres(lat, lon, order.lat(), order.lon()) <= settings.radiusMetres())
			.map(order -> new Repeat(order.orderId(), order.orderNo(), order.title(),
					(int) Math.round(Cells.metres(lat, lon, order.lat(), order.lon())),
					words.cosine(Shingles.of(order.text())), order.receivedAt()))
			.filter(repeat -> repeat.similarity() >= settings.minSimilarity())
			.sorted(Comparator.comparingDouble(Repeat::similarity).reversed().thenComparingInt(Repeat::metres))
			.limit(settings.max())
			.toList();
	}
}
