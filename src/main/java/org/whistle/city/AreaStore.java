package org.whistle.city;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code area}: each area with its polygon as GeoJSON text. */
@Repository
class AreaStore {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	AreaStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long count() {
		return jdbc.sql("SELECT COUNT(*) FROM area").query(Long.class).single();
	}

	List<AreaShape> all() {
		return jdbc.sql("SELECT code, name, level, parent_code, geometry FROM area")
			.query((rs, row) -> new AreaShape(
					new Area(rs.getString("code"), rs.getString("name"), AreaLevel.valueOf(rs.getString("level")),
							rs.getString("parent_code")),
					GeoJson.read(rs.getString("geometry"))))
			.list();
	}

	/** Inserts areas in batches, parents before children. */
	void insert(Collection<AreaShape> shapes) {
		List<Object[]> rows = shapes.stream()
			.sorted(Comparator.comparing((AreaShape shape) -> shape.area().level()).thenComparing(shape -> shape.area().code()))
			.map(shape -> new Object[] { shape.area().code(), shape.area().name(), shape.area().level().name(),
					shape.area().parentCode(), GeoJson.write(shape.geometry()) })
			.toList();
		batch.batchUpdate("INSERT INTO area (code, name, level, parent_code, geometry) VALUES (?, ?, ?, ?, ?)", rows);
	}
}
