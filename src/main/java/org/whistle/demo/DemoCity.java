package org.whistle.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.whistle.catalog.CatalogDemo;
import org.whistle.city.CityDemo;
import org.whistle.knowledge.KnowledgeDemo;
import org.whistle.people.PeopleDemo;
import org.whistle.routing.RoutingDemo;

/**
 * Fills an empty database with the demo city when the server starts: its areas and units, a
 * responsibility catalog, demo accounts, a knowledge base and the gazetteer's roads and compounds. Each part does nothing when its data exists, so a
 * restart changes nothing. {@code whistle.demo.enabled=false} turns it off.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "whistle.demo.enabled", havingValue = "true")
class DemoCity implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCity.class);

	private final CityDemo city;
	private final CatalogDemo catalog;
	private final PeopleDemo people;
	private final KnowledgeDemo knowledge;
	private final RoutingDemo routing;

	DemoCity(CityDemo city, CatalogDemo catalog, PeopleDemo people, KnowledgeDemo knowledge, RoutingDemo routing) {
		this.city = city;
		this.catalog = catalog;
		this.people = people;
		this.knowledge = knowledge;
		this.routing = routing;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		city.generate();
		catalog.generate();
		people.generate();
		knowledge.generate();
		routing.generate();
		log.info("Demo city ready in {} ms", (System.nanoTime() - started) / 1_000_000);
	}
}
