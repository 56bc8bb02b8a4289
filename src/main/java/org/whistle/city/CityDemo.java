package org.whistle.city;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo city: 6 districts, about 40 street offices, 300 communities and 3,000 grids tiling
 * the box {@link #SOUTH}–{@link #NORTH}, {@link #WEST}–{@link #EAST}, with their governing units,
 * the city's departments and its utility companies. Fictional, and the same on every run.
 */
@Component
public class CityDemo {

	public static final double SOUTH = 39.8;
	public static final double NORTH = 40.1;
	public static final double WEST = 116.2;
	public static final double EAST = 116.6;

	private static final Logger log = LoggerFactory.getLogger(CityDemo.class);

	private final AreaStore areas;
	private final JdbcUnits units;
	private final ApplicationEventPublisher events;

	CityDemo(AreaStore areas, JdbcUnits units, ApplicationEventPublisher events) {
		this.areas = areas;
		this.units = units;
		this.events = events;
	}

	/** Stores the demo city and its units, unless any area exists; the index follows on commit. */
	@Transactional
	public void generate() {
		if (areas.count() > 0) {
			return;
		}
		long start = System.nanoTime();
		DemoCityGenerator.DemoCity city = DemoCityGenerator.generate();
		areas.insert(city.areas());
		units.insertAll(city.units());
		events.publishEvent(new AreasChanged());
		log.info("Demo city created: {} areas, {} units in {} ms", city.areas().size(), city.units().size(),
				(System.nanoTime() - start) / 1_000_000);
	}

	/** The demo city in memory, without a database: for benchmarks and tools. */
	public static City inMemory() {
		return new CityMap(DemoCityGenerator.generate().areas(), new GeoJson(JsonMapper.builder().build()));
	}
}
