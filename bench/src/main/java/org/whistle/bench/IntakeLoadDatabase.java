package org.whistle.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

/**
 * What {@link IntakeLoad} does straight on the database, with the server stopped: checks that every
 * acknowledged order is stored, and measures the raw insert rate of rows of the same shape.
 */
final class IntakeLoadDatabase {

	private static final int CHUNK = 500;

	private final String url;
	private final Properties credentials = new Properties();

	IntakeLoadDatabase(String url, String user, String password) {
		this.url = url;
		if (user != null && !user.isEmpty()) {
			credentials.setProperty("user", user);
		}
		if (password != null && !password.isEmpty()) {
			credentials.setProperty("password", password);
		}
	}

	Connection connect() throws SQLException {
		return DriverManager.getConnection(url, credentials);
	}

	/**
	 * PostgreSQL's counters of this database: commits and rollbacks, and rows inserted, updated and
	 * deleted per table ({@code pg_stat_database}, {@code pg_stat_user_tables}); empty on another database.
	 */
	Map<String, Long> activity() {
		Map<String, Long> counters = new TreeMap<>();
		if (!url.startsWith("jdbc:postgresql:")) {
			return counters;
		}
		try (Connection c = connect(); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery("SELECT xact_commit, xact_rollback FROM pg_stat_database "
					+ "WHERE datname = current_database()")) {
				if (rs.next()) {
					counters.put("commits", rs.getLong(1));
					counters.put("rollbacks", rs.getLong(2));
				}
			}
			try (ResultSet rs = s.executeQuery("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del FROM pg_stat_user_tables")) {
				while (rs.next()) {
					counters.put(rs.getString(1) + " inserts", rs.getLong(2));
					counters.put(rs.getString(1) + " updates", rs.getLong(3));
					counters.put(rs.getString(1) + " deletes", rs.getLong(4));
				}
			}
		}
		catch (SQLException e) {
			counters.put("(error: " + e.getMessage() + ")", 0L);
		}
		return counters;
	}

	/** The outcome of the check: how many acknowledged ids are stored, the first missing ones, all rows. */
	record Check(long acknowledged, long stored, List<Long> missing, long rowsInTable) {
	}

	/** Looks up every acknowledged id in {@code work_order}. */
	Check check(long[] ids) throws SQLException {
		long[] sorted = ids.clone();
		Arrays.sort(sorted);
		long stored = 0;
		List<Long> missing = new ArrayList<>();
		try (Connection c = connect()) {
			c.setReadOnly(true);
			for (int from = 0; from < sorted.length; from += CHUNK) {
				int to = Math.min(sorted.length, from + CHUNK);
				StringBuilder sql = new StringBuilder("SELECT id FROM work_order WHERE id IN (");
				for (int i = from; i < to; i++) {
					sql.append(i == from ? "?" : ",?");
				}
				sql.append(')');
				long[] found;
				try (PreparedStatement select = c.prepareStatement(sql.toString())) {
					for (int i = from; i < to; i++) {
						select.setLong(i - from + 1, sorted[i]);
					}
					try (ResultSet rs = select.executeQuery()) {
						List<Long> got = new ArrayList<>();
						while (rs.next()) {
							got.add(rs.getLong(1));
						}
						found = got.stream().mapToLong(Long::longValue).sorted().toArray();
					}
				}
				for (int i = from; i < to; i++) {
					if (Arrays.binarySearch(found, sorted[i]) >= 0) {
						stored++;
					}
					else if (missing.size() < 20) {
						missing.add(sorted[i]);
					}
				}
			}
			long rows;
			try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM work_order")) {
				rs.next();
				rows = rs.getLong(1);
			}
			return new Check(sorted.length, stored, missing, rows);
		}
	}

	/** The outcome of the raw insert phase. */
	record Raw(long rows, double seconds, Histogram latencyMicros, long errors, String firstError) {

		double rowsPerSecond() {
			return rows / seconds;
		}
	}

	/**
	 * Inserts orders copied from the stored ones (all their columns, new id, number and time) plus one
	 * history row each, one transaction per order as the application does, with {@code threads}
	 * connections for {@code seconds}; then deletes them again.
	 */
	Raw rawInserts(int threads, int seconds) throws Exception {
		Template template = template();
		long[][] idsPerThread = new long[threads][];
		int[] counts = new int[threads];
		Histogram[] histograms = new Histogram[threads];
		long[] errors = new long[threads];
		AtomicReference<String> firstError = new AtomicReference<>();
		CountDownLatch ready = new CountDownLatch(threads);
		CountDownLatch go = new CountDownLatch(1);
		long[] window = new long[2];
		List<Thread> workers = new ArrayList<>();
		List<Connection> connections = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			connections.add(connect());
		}
		for (int t = 0; t < threads; t++) {
			int me = t;
			Connection c = connections.get(t);
			Thread worker = new Thread(() -> {
				Histogram histogram = new Histogram(60_000_000L, 3);
				long[] ids = new long[1024];
				int n = 0;
				try {
					c.setAutoCommit(false);
					try (PreparedStatement next = c.prepareStatement("SELECT NEXTVAL('work_order_seq')");
							PreparedStatement order = c.prepareStatement(template.insert());
							PreparedStatement history = c.prepareStatement("INSERT INTO work_order_history (order_id, at, "
									+ "actor_id, actor_name, actor_unit_id, action, from_status, to_status, note) "
									+ "VALUES (?, ?, ?, ?, ?, ?, NULL, ?, NULL)")) {
						ready.countDown();
						go.await();
						long end = window[1];
						while (true) {
							long t0 = System.nanoTime();
							if (t0 >= end) {
								break;
							}
							try {
								long id;
								try (ResultSet rs = next.executeQuery()) {
									rs.next();
									id = rs.getLong(1);
								}
								OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
								Object[] row = template.rows().get(ThreadLocalRandom.current().nextInt(template.rows().size()));
								for (int i = 0; i < row.length; i++) {
									String column = template.columns().get(i);
									Object value = switch (column) {
										case "id" -> id;
										case "order_no" -> "R" + LocalDate.now(ZoneOffset.UTC).toString().replace("-", "")
												+ String.format("%07d", id);
										case "received_at" -> now;
										case "version" -> 0L;
										default -> row[i];
									};
									order.setObject(i + 1, value);
								}
								order.executeUpdate();
								history.setLong(1, id);
								history.setObject(2, now);
								history.setLong(3, template.actorId());
								history.setString(4, template.actorName());
								history.setObject(5, template.actorUnitId());
								history.setString(6, template.action());
								history.setString(7, template.toStatus());
								history.executeUpdate();
								c.commit();
								histogram.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
								if (n == ids.length) {
									ids = Arrays.copyOf(ids, n * 2);
								}
								ids[n++] = id;
							}
							catch (SQLException e) {
								errors[me]++;
								firstError.compareAndSet(null, e.toString());
								try {
									c.rollback();
								}
								catch (SQLException ignored) {
									// the next round tells
								}
							}
						}
					}
				}
				catch (Exception e) {
					errors[me]++;
					firstError.compareAndSet(null, e.toString());
					ready.countDown();
				}
				finally {
					idsPerThread[me] = Arrays.copyOf(ids, n);
					counts[me] = n;
					histograms[me] = histogram;
				}
			}, "raw-jdbc-" + t);
			workers.add(worker);
			worker.start();
		}
		ready.await();
		window[0] = System.nanoTime();
		window[1] = window[0] + seconds * 1_000_000_000L;
		go.countDown();
		for (Thread worker : workers) {
			worker.join();
		}
		double elapsed = (System.nanoTime() - window[0]) / 1e9;
		for (Connection c : connections) {
			c.close();
		}
		Histogram all = new Histogram(60_000_000L, 3);
		long rows = 0;
		long errorCount = 0;
		for (int t = 0; t < threads; t++) {
			all.add(histograms[t]);
			rows += counts[t];
			errorCount += errors[t];
		}
		delete(idsPerThread);
		return new Raw(rows, elapsed, all, errorCount, firstError.get());
	}

	/** Stored orders to copy: every column as read, and the first history entry of one of them. */
	private record Template(List<String> columns, List<Object[]> rows, String insert, long actorId, String actorName,
			Long actorUnitId, String action, String toStatus) {
	}

	private Template template() throws SQLException {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			List<String> columns = new ArrayList<>();
			List<Object[]> rows = new ArrayList<>();
			try (ResultSet rs = s.executeQuery("SELECT * FROM work_order ORDER BY id LIMIT 1000")) {
				ResultSetMetaData meta = rs.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(meta.getColumnName(i).toLowerCase());
				}
				while (rs.next()) {
					Object[] row = new Object[columns.size()];
					for (int i = 0; i < row.length; i++) {
						row[i] = rs.getObject(i + 1);
					}
					rows.add(row);
				}
			}
			if (rows.isEmpty()) {
				throw new IllegalStateException("no stored order to copy for the raw inserts");
			}
			String insert = "INSERT INTO work_order (" + String.join(", ", columns) + ") VALUES ("
					+ String.join(", ", columns.stream().map(col -> "?").toList()) + ")";
			try (ResultSet rs = s.executeQuery("SELECT actor_id, actor_name, actor_unit_id, action, to_status "
					+ "FROM work_order_history ORDER BY id LIMIT 1")) {
				if (!rs.next()) {
					throw new IllegalStateException("no stored history entry to copy for the raw inserts");
				}
				long unit = rs.getLong(3);
				return new Template(columns, rows, insert, rs.getLong(1), rs.getString(2), rs.wasNull() ? null : unit,
						rs.getString(4), rs.getString(5));
			}
		}
	}

	/** Deletes the raw rows again, a few thousand per transaction. */
	private void delete(long[][] idsPerThread) throws SQLException {
		long[] ids = Arrays.stream(idsPerThread).flatMapToLong(Arrays::stream).sorted().toArray();
		try (Connection c = connect();
				PreparedStatement history = c.prepareStatement("DELETE FROM work_order_history WHERE order_id = ?");
				PreparedStatement order = c.prepareStatement("DELETE FROM work_order WHERE id = ?")) {
			c.setAutoCommit(false);
			for (int from = 0; from < ids.length; from += 2000) {
				int to = Math.min(ids.length, from + 2000);
				for (int i = from; i < to; i++) {
					history.setLong(1, ids[i]);
					history.addBatch();
					order.setLong(1, ids[i]);
					order.addBatch();
				}
				history.executeBatch();
				order.executeBatch();
				c.commit();
			}
		}
	}
}
