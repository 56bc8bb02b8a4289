package org.whistle.routing.place;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.whistle.routing.PlaceKind;

/** The roads and residential compounds of the gazetteer (table {@code routing_place}). */
@Repository
class PlaceStore {

	private final JdbcClient jdbc;

	PlaceStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Feature> all() {
		return jdbc.sql("SELECT kind, name, aliases, community_code, lat, lon FROM routing_place ORDER BY id")
			.query((rs, n) -> new Feature(rs.getString("name"), PlaceKind.valueOf(rs.getString("kind")),
					aliases(rs.getString("aliases")), rs.getString("community_code"), rs.getDouble("lat"),
					rs.getDouble("lon")))
			.list();
	}

	int count() {
		return jdbc.sql("SELECT COUNT(*) FROM routing_place").query(Integer.class).single();
	}

	/** Changes when places are added, replaced or removed: the count and the highest id. */
	String signature() {
		return jdbc.sql("SELECT COUNT(*) || '/' || COALESCE(MAX(id), 0) FROM routing_place").query(String.class)
			.single();
	}

	void deleteAll() {
		jdbc.sql("DELETE FROM routing_place").update();
	}

	void insert(List<Feature> features) {
		for (Feature f : features) {
			jdbc.sql("INSERT INTO routing_place (kind, name, aliases, community_code, lat, lon) "
					+ "VALUES (:kind, :name, :aliases, :community, :lat, :lon)")
				.param("kind", f.kind().name()).param("name", f.name()).param("aliases", String.join("|", f.aliases()))
				.param("community", f.areaCode()).param("lat", f.lat()).param("lon", f.lon())
				.update();
		}
	}

	private static List<String> aliases(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\|"));
	}
}
