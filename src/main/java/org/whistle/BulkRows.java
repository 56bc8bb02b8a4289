package org.whistle;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Writes many rows into one table as fast as the database allows: PostgreSQL's COPY (PgJDBC's
 * {@code CopyManager}, CSV text), elsewhere (H2) multi-row INSERT statements sent in batches.
 * It joins the caller's transaction. Values are strings, numbers, booleans, {@link Instant}s or
 * null. Only for bulk loads of trusted, generated data: modules call it for their own tables.
 */
public final class BulkRows {

	private static final int ROWS_PER_INSERT = 100;
	private static final int COPY_CHUNK = 1 << 20;

	private BulkRows() {
	}

	public static boolean isPostgres(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	public static void write(DataSource dataSource, String table, List<String> columns, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			if (connection.isWrapperFor(PGConnection.class)) {
				copy(connection.unwrap(PGConnection.class), table, columns, rows);
			}
			else {
				insert(connection, table, columns, rows);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Bulk write into " + table + " failed: " + e.getMessage(), e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	private static void copy(PGConnection connection, String table, List<String> columns, List<Object[]> rows)
			throws SQLException {
		CopyIn copy = connection.getCopyAPI()
			.copyIn("COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN WITH (FORMAT csv)");
		try {
			// Sent in chunks of about a megabyte, so that a day of rows is never one huge string.
			StringBuilder csv = new StringBuilder(COPY_CHUNK + 8192);
			for (Object[] row : rows) {
				for (int c = 0; c < row.length; c++) {
					if (c > 0) {
						csv.append(',');
					}
					appendCsv(csv, row[c]);
				}
				csv.append('\n');
				if (csv.length() >= COPY_CHUNK) {
					send(copy, csv);
				}
			}
			send(copy, csv);
			copy.endCopy();
		}
		finally {
			if (copy.isActive()) {
				copy.cancelCopy();
			}
		}
	}

	private static void send(CopyIn copy, StringBuilder csv) throws SQLException {
		byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
		copy.writeToCopy(bytes, 0, bytes.length);
		csv.setLength(0);
	}

	private static void appendCsv(StringBuilder csv, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number || value instanceof Boolean) {
			csv.append(value);
			return;
		}
		if (value instanceof Instant instant) {
			csv.append(instant);
			return;
		}
		String text = value.toString();
		csv.append('"');
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (ch == '"') {
				csv.append('"');
			}
			csv.append(ch);
		}
		csv.append('"');
	}

	private static void insert(Connection connection, String table, List<String> columns, List<Object[]> rows)
			throws SQLException {
		String tuple = "(" + "?, ".repeat(columns.size() - 1) + "?)";
		String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
		int full = rows.size() / ROWS_PER_INSERT;
		if (full > 0) {
			try (PreparedStatement statement = connection.prepareStatement(head + tuples(tuple, ROWS_PER_INSERT))) {
				for (int s = 0; s < full; s++) {
					bind(statement, rows.subList(s * ROWS_PER_INSERT, (s + 1) * ROWS_PER_INSERT));
					statement.addBatch();
				}
				statement.executeBatch();
			}
		}
		List<Object[]> rest = rows.subList(full * ROWS_PER_INSERT, rows.size());
		if (!rest.isEmpty()) {
			try (PreparedStatement statement = connection.prepareStatement(head + tuples(tuple, rest.size()))) {
				bind(statement, rest);
				statement.executeUpdate();
			}
		}
	}

	private static String tuples(String tuple, int count) {
		return String.join(", ", java.util.Collections.nCopies(count, tuple));
	}

	private static void bind(PreparedStatement statement, List<Object[]> rows) throws SQLException {
		int p = 1;
		for (Object[] row : rows) {
			for (Object value : row) {
				statement.setObject(p++, value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
						: value);
			}
		}
	}
}
