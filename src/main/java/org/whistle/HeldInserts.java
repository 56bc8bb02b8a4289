package org.whistle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
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
		held(true).rows.computeIfAbsent(sql, statement -> new ArrayList<>()).addAll(Arrays.asList(rows));
	}

	/** Sends what the current transaction holds now, so that its next statements see those rows. */
	public void flush() {
		Held held = held(false);
		if (held != null) {
			held.flush();
		}
	}

	private Held held(boolean create) {
		Held held = (Held) TransactionSynchronizationManager.getResource(this);
		if (held == null && create) {
			held = new Held();
			TransactionSynchronizationManager.bindResource(this, held);
			TransactionSynchronizationManager.registerSynchronization(held);
		}
		return held;
	}

	/** The rows one transaction holds, by statement. */
	private final class Held implements TransactionSynchronization {

		private final Map<String, List<SqlParameterSource>> rows = new LinkedHashMap<>();

		/** Also what {@code TransactionStatus.flush()} asks for. */
		@Override
		public void flush() {
			rows.forEach((sql, params) -> jdbc.batchUpdate(sql, params.toArray(SqlParameterSource[]::new)));
			rows.clear();
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			flush();
		}

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResource(HeldInserts.this);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(HeldInserts.this, this);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(HeldInserts.this);
		}
	}
}
