package org.whistle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Points every test context at the database chosen by {@code -Dwhistle.test.db}: an in-memory
 * H2 database (the default), or a throw-away PostgreSQL database created for this run and
 * dropped afterwards. PostgreSQL is reached through {@code WHISTLE_TEST_PG_HOST}, {@code _PORT},
 * {@code _USER} and {@code _PASSWORD} (defaults 127.0.0.1, 5432, postgres, postgres).
 */
public class TestDatabase implements LauncherSessionListener {

	private String createdDatabase;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (System.getProperty("spring.datasource.url") != null) {
			return;
		}
		if (isPostgres()) {
			createdDatabase = "whistle_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute("CREATE DATABASE " + createdDatabase);
			System.setProperty("spring.datasource.url", postgresUrl(createdDatabase));
			System.setProperty("spring.datasource.username", env("WHISTLE_TEST_PG_USER", "postgres"));
			System.setProperty("spring.datasource.password", env("WHISTLE_TEST_PG_PASSWORD", "postgres"));
		}
		else {
			System.setProperty("spring.datasource.url", "jdbc:h2:mem:whistle;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
					+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (createdDatabase != null) {
			execute("DROP DATABASE IF EXISTS " + createdDatabase + " WITH (FORCE)");
		}
	}

	public static boolean isPostgres() {
		return "postgresql".equalsIgnoreCase(System.getProperty("whistle.test.db", "h2"));
	}

	/** A JDBC URL of a database on the test PostgreSQL server. */
	public static String postgresUrl(String database) {
		return "jdbc:postgresql://" + env("WHISTLE_TEST_PG_HOST", "127.0.0.1") + ":"
				+ env("WHISTLE_TEST_PG_PORT", "5432") + "/" + database;
	}

	/** Runs one statement against the test PostgreSQL server's {@code postgres} database. */
	public static void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(postgresUrl("postgres"),
				env("WHISTLE_TEST_PG_USER", "postgres"), env("WHISTLE_TEST_PG_PASSWORD", "postgres"))) {
			connection.createStatement().execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL for the tests: " + sql + " failed", e);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
