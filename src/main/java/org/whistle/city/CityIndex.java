package org.whistle.city;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import tools.jackson.databind.json.JsonMapper;

/**
 * The city as stored: a {@link CityMap} built from table {@code area} on first use and swapped
 * for a new one whenever {@link AreasChanged} is published, so readers never see a half-built index.
 */
@Service
class CityIndex implements City {

	private final AreaStore store;
	private final GeoJson geoJson;
	private volatile CityMap map;

	CityIndex(AreaStore store, JsonMapper json) {
		this.store = store;
		this.geoJson = new GeoJson(json);
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(AreasChanged event) {
		refresh();
	}

	synchronized void refresh() {
		map = new CityMap(store.all(), geoJson);
	}

	@Override
	public Optional<Location> locate(double lat, double lon) {
		return map().locate(lat, lon);
	}

	@Override
	public Optional<Area> area(String code) {
		return map().area(code);
	}

	@Override
	public List<Area> areas(AreaLevel level) {
		return map().areas(level);
	}

	@Override
	public String geoJson(AreaLevel level) {
		return map().geoJson(level);
	}

	private CityMap map() {
		CityMap current = map;
		if (current == null) {
			synchronized (this) {
				if (map == null) {
					refresh();
				}
				current = map;
			}
		}
		return current;
	}
}
