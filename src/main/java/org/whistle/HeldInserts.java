package org.whistle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Inserts held until their transaction is about to commit, then sent as one JDBC batch per
 * statement, statements in the order they were first held. When a transaction registers a group
 * of requests (group commit), each table's rows of the group then travel in one round trip
 * instead of one per order. A failing insert fails the commit, and the transaction rolls back.
 * <p>
 * Only for rows that the same transaction does not read back or change: code that deletes or
 * replaces such rows calls {@link #flush} first. Outside a transaction a row is inserted at once.
 */
@Component
public class HeldInserts {

	private final NamedParameterJdbcTemplate jdbc;

	HeldInserts(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the rows of one INSERT statement (with named parameters) until the commit. */
	public void insert(String sql, SqlParameterSource... rows) {
		if (rows.length == 0) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			jdbc.batchUpdate(sql, rows);
			return;
		}
		TransactionScoped.obtain(this, LinkedHashMap<String, List<SqlParameterSource>>::new, this::send)
			.computeIfAbsent(sql, statement -> new ArrayList<>())
			.addAll(Arrays.asList(rows));
	}

	/** Sends what the current transaction holds now, so that its next statements see those rows. */
	public void flush() {
		TransactionScoped.<Map<String, List<SqlParameterSource>>>find(this).ifPresent(this::send);
	}

	private void send(Map<String, List<SqlParameterSource>> held) {
		held.forEach((sql, rows) -> jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new)));
		held.clear();
	}
}
