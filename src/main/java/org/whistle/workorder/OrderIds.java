package org.whistle.workorder;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.whistle.BulkRows;

/**
 * Order ids from the orders' sequence, fetched {@value #BLOCK} at a time, so that registering an
 * order seldom costs a query for its id. Each node uses its own block in order; the ids a node
 * held when it stopped are never used, a gap in the numbers like the one a rolled-back
 * registration leaves.
 */
@Component
class OrderIds {

	static final int BLOCK = 32;

	private final JdbcClient jdbc;
	private final String reserve;
	private final Deque<Long> spare = new ArrayDeque<>();

	OrderIds(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.reserve = BulkRows.isPostgres(dataSource) ? "SELECT nextval('work_order_seq') FROM generate_series(1, :n)"
				: "SELECT NEXTVAL('work_order_seq') FROM SYSTEM_RANGE(1, :n)";
	}

	synchronized long next() {
		if (spare.isEmpty()) {
			spare.addAll(reserve(BLOCK));
		}
		return spare.removeFirst();
	}

	/** {@code count} fresh ids, in ascending order; sequences are not transactional, so they stay taken. */
	List<Long> reserve(int count) {
		return jdbc.sql(reserve).param("n", count).query(Long.class).list().stream().sorted().toList();
	}
}
