package org.whistle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

/**
 * The trusted bulk path of a loader (as pg_restore does it): the plain secondary indexes of the
 * loaded tables and their foreign keys are dropped before the rows are written and made again
 * afterwards, so that millions of rows are written without an index entry and a foreign-key
 * check each; the indexes are then built once, sorted, and the foreign keys checked in one pass.
 * Primary keys and unique constraints stay, so a duplicate still fails the load. Everything
 * dropped is made again before {@link #run} returns, also when the load fails. Each drop is
 * recorded first (table {@code bulk_load_dropped}), so what a killed process left dropped is made
 * again by the next load or the next start of the server ({@link #restoreDropped}). Only for
 * loads into an otherwise idle database: while the load runs, readers go without those indexes.
 */
public final class BulkLoad {

	/** The definition of something dropped, as the statement that makes it again. */
	public record Structure(String table, String name, String drop, String create) {
	}

	private BulkLoad() {
	}

	public static <T> T run(DataSource dataSource, List<String> tables, Callable<T> load) throws Exception {
		requireNone(restoreDropped(dataSource));
		T loaded;
		try {
			dropRecorded(dataSource, tables);
			loaded = load.call();
		}
		catch (Exception | Error failed) {
			// what the load threw is the news; a failed restore rides along with it
			try {
				requireNone(restoreDropped(dataSource));
			}
			catch (RuntimeException | SQLException alsoFailed) {
				failed.addSuppressed(alsoFailed);
			}
			throw failed;
		}
		requireNone(restoreDropped(dataSource));
		return loaded;
	}

	/** Drops the tables' foreign keys, then their plain indexes, each recorded before it goes. */
	static void dropRecorded(DataSource dataSource, List<String> tables) throws SQLException {
		// Foreign keys first: H2 backs one with an index of its own, which goes with it.
		List<Structure> structures = structures(dataSource, tables);
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				PreparedStatement record = c.prepareStatement(
						"INSERT INTO bulk_load_dropped (position, name, create_sql) VALUES (?, ?, ?)")) {
			c.setAutoCommit(true);
			for (int position = 0; position < structures.size(); position++) {
				Structure structure = structures.get(position);
				record.setInt(1, position);
				record.setString(2, structure.name());
				record.setString(3, structure.create());
				record.executeUpdate();
				s.execute(structure.drop());
			}
		}
	}

	/**
	 * Makes again what a load dropped and has not made again, the last dropped first (indexes
	 * before foreign keys: checking a foreign key is one join, faster with them), and forgets each
	 * once it is made. Returns what could not be made, with the reason; it stays recorded.
	 */
	public static List<String> restoreDropped(DataSource dataSource) throws SQLException {
		List<String> failures = new ArrayList<>();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				PreparedStatement forget = c.prepareStatement("DELETE FROM bulk_load_dropped WHERE position = ?")) {
			c.setAutoCommit(true);
			Map<Integer, String[]> dropped = new LinkedHashMap<>();
			try (ResultSet rs = s.executeQuery(
					"SELECT position, name, create_sql FROM bulk_load_dropped ORDER BY position DESC")) {
				while (rs.next()) {
					dropped.put(rs.getInt(1), new String[] { rs.getString(2), rs.getString(3) });
				}
			}
			if (!dropped.isEmpty() && isPostgres(c)) {
				// Room to sort an index of millions of rows in memory; this session only.
				s.execute("SET maintenance_work_mem = '512MB'");
			}
			for (var entry : dropped.entrySet()) {
				try {
					s.execute(entry.getValue()[1]);
					forget.setInt(1, entry.getKey());
					forget.executeUpdate();
				}
				catch (SQLException e) {
					failures.add(entry.getValue()[0] + ": " + e.getMessage());
				}
			}
		}
		return failures;
	}

	private static void requireNone(List<String> failures) {
		if (!failures.isEmpty()) {
			throw new IllegalStateException("Could not make again what a bulk load dropped: " + failures);
		}
	}

	/** The foreign keys (first) and plain secondary indexes of the tables, as statements. */
	public static List<Structure> structures(DataSource dataSource, List<String> tables) throws SQLException {
		List<Structure> structures = new ArrayList<>(foreignKeys(dataSource, tables));
		structures.addAll(indexes(dataSource, tables));
		return structures;
	}

	/** What one catalog query finds of one table. */
	@FunctionalInterface
	private interface Lookup {
		List<Structure> of(Connection c, String table) throws SQLException;
	}

	private static List<Structure> foreignKeys(DataSource dataSource, List<String> tables) throws SQLException {
		return find(dataSource, tables, BulkLoad::postgresForeignKeys, BulkLoad::h2ForeignKeys);
	}

	private static List<Structure> indexes(DataSource dataSource, List<String> tables) throws SQLException {
		return find(dataSource, tables, BulkLoad::postgresIndexes, BulkLoad::h2Indexes);
	}

	private static List<Structure> find(DataSource dataSource, List<String> tables, Lookup postgres, Lookup h2)
			throws SQLException {
		try (Connection c = dataSource.getConnection()) {
			Lookup lookup = isPostgres(c) ? postgres : h2;
			List<Structure> found = new ArrayList<>();
			for (String table : tables) {
				found.addAll(lookup.of(c, table));
			}
			return found;
		}
	}

	private static boolean isPostgres(Connection c) throws SQLException {
		return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
	}

	private static List<Structure> postgresIndexes(Connection c, String table) throws SQLException {
		String sql = """
				SELECT i.relname, pg_get_indexdef(i.oid)
				FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
				WHERE t.relname = ? AND t.relnamespace = to_regnamespace(current_schema())::oid
				  AND NOT x.indisunique AND NOT x.indisprimary
				  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.oid)
				ORDER BY i.relname
				""";
		List<Structure> indexes = new ArrayList<>();
		rowsByName(c, sql, table).forEach((name, rows) -> indexes.add(new Structure(table, name, "DROP INDEX " + name,
				rows.get(0)[0])));
		return indexes;
	}

	private static List<Structure> postgresForeignKeys(Connection c, String table) throws SQLException {
		String sql = """
				SELECT k.conname, pg_get_constraintdef(k.oid)
				FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
				WHERE t.relname = ? AND t.relnamespace = to_regnamespace(current_schema())::oid AND k.contype = 'f'
				ORDER BY k.conname
				""";
		List<Structure> keys = new ArrayList<>();
		rowsByName(c, sql, table).forEach((name, rows) -> keys.add(foreignKey(table, name, rows.get(0)[0])));
		return keys;
	}

	private static List<Structure> h2Indexes(Connection c, String table) throws SQLException {
		String sql = """
				SELECT i.index_name, ic.column_name, ic.ordering_specification
				FROM information_schema.indexes i
				JOIN information_schema.index_columns ic ON ic.index_schema = i.index_schema
				  AND ic.index_name = i.index_name
				WHERE i.table_schema = SCHEMA() AND i.table_name = ? AND i.index_type_name = 'INDEX'
				  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints k
				    WHERE k.index_schema = i.index_schema AND k.index_name = i.index_name)
				ORDER BY i.index_name, ic.ordinal_position
				""";
		List<Structure> indexes = new ArrayList<>();
		rowsByName(c, sql, table).forEach((name, rows) -> {
			List<String> columns = rows.stream().map(r -> quoted(r[0]) + ("DESC".equals(r[1]) ? " DESC" : "")).toList();
			indexes.add(new Structure(table, name, "DROP INDEX " + quoted(name),
					"CREATE INDEX " + quoted(name) + " ON " + table + " (" + String.join(", ", columns) + ")"));
		});
		return indexes;
	}

	private static List<Structure> h2ForeignKeys(Connection c, String table) throws SQLException {
		String sql = """
				SELECT k.constraint_name, u.column_name, r.table_name, r.column_name
				FROM information_schema.table_constraints k
				JOIN information_schema.referential_constraints rc ON rc.constraint_schema = k.constraint_schema
				  AND rc.constraint_name = k.constraint_name
				JOIN information_schema.key_column_usage u ON u.constraint_schema = k.constraint_schema
				  AND u.constraint_name = k.constraint_name
				JOIN information_schema.key_column_usage r ON r.constraint_schema = rc.unique_constraint_schema
				  AND r.constraint_name = rc.unique_constraint_name AND r.ordinal_position = u.position_in_unique_constraint
				WHERE k.table_schema = SCHEMA() AND k.table_name = ? AND k.constraint_type = 'FOREIGN KEY'
				ORDER BY k.constraint_name, u.ordinal_position
				""";
		List<Structure> keys = new ArrayList<>();
		rowsByName(c, sql, table).forEach((name, rows) -> {
			String columns = String.join(", ", rows.stream().map(r -> quoted(r[0])).toList());
			String referenced = String.join(", ", rows.stream().map(r -> quoted(r[2])).toList());
			keys.add(foreignKey(table, quoted(name), "FOREIGN KEY (" + columns + ") REFERENCES " + quoted(rows.get(0)[1])
					+ " (" + referenced + ")"));
		});
		return keys;
	}

	/** The rows of a catalog query about one table, by the name in their first column, in order. */
	private static Map<String, List<String[]>> rowsByName(Connection c, String sql, String table) throws SQLException {
		Map<String, List<String[]>> rows = new LinkedHashMap<>();
		try (PreparedStatement s = c.prepareStatement(sql)) {
			s.setString(1, table);
			try (ResultSet rs = s.executeQuery()) {
				int width = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					String[] rest = new String[width - 1];
					for (int i = 1; i < width; i++) {
						rest[i - 1] = rs.getString(i + 1);
					}
					rows.computeIfAbsent(rs.getString(1), name -> new ArrayList<>()).add(rest);
				}
			}
		}
		return rows;
	}

	/** H2 names its own constraints in capitals, which an unquoted name would not find. */
	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	private static Structure foreignKey(String table, String name, String definition) {
		return new Structure(table, name, "ALTER TABLE " + table + " DROP CONSTRAINT " + name,
				"ALTER TABLE " + table + " ADD CONSTRAINT " + name + " " + definition);
	}
}
