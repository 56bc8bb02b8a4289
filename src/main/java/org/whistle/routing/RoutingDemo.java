package org.whistle.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.whistle.routing.place.Places;

/** The demo city's roads and residential compounds for the gazetteer, generated once after the city. */
@Component
public class RoutingDemo {

	private static final Logger log = LoggerFactory.getLogger(RoutingDemo.class);

	private final Places places;

	RoutingDemo(Places places) {
		this.places = places;
	}

	public void generate() {
		int stored = places.generateDemo();
		if (stored > 0) {
			log.info("Demo gazetteer: {} roads and residential compounds", stored);
		}
	}
}
