package org.whistle.routing;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo gazetteer's residential compounds handed out to tests, each test its own: every test
 * class starts at its own offset, so that the orders of other tests are not near.
 */
public final class DemoCompounds {

	public record Compound(String name, String communityCode, double lat, double lon) {
	}

	private final JdbcClient jdbc;

	private final AtomicInteger next;

	private final int step;

	public DemoCompounds(JdbcClient jdbc, int start, int step) {
		this.jdbc = jdbc;
		this.next = new AtomicInteger(start);
		this.step = step;
	}

	public Compound next() {
		return jdbc.sql("SELECT name, community_code, lat, lon FROM routing_place WHERE kind = 'COMPOUND' "
				+ "ORDER BY id OFFSET :n ROWS FETCH FIRST 1 ROWS ONLY")
			.param("n", next.getAndAdd(step))
			.query((rs, n) -> new Compound(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4)))
			.single();
	}
}
