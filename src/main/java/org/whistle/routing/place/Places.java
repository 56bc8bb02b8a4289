package org.whistle.routing.place;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;
import org.whistle.city.City;

/** Fills and replaces the stored roads and compounds of the gazetteer; an import goes into the audit trail. */
@Service
public class Places {

	private final PlaceStore store;

	private final City city;

	private final ApplicationEventPublisher events;

	Places(PlaceStore store, City city, ApplicationEventPublisher events) {
		this.store = store;
		this.city = city;
		this.events = events;
	}

	/** Generates the demo city's roads and compounds, unless any are stored; returns how many were stored. */
	@Transactional
	public int generateDemo() {
		if (store.count() > 0) {
			return 0;
		}
		List<Feature> features = new DemoPlaces(city).generate();
		store.insert(features);
		return features.size();
	}

	/** Stores the places, after removing every stored one when {@code replace}. */
	@Transactional
	public void importAll(List<Feature> features, boolean replace) {
		if (replace) {
			store.deleteAll();
		}
		store.insert(features);
		events.publishEvent(AuditRecord.of("places.imported", "gazetteer", "places",
				AuditRecord.detail("count", String.valueOf(features.size()), "replace", String.valueOf(replace))));
	}
}
