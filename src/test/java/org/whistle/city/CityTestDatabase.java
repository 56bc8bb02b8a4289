package org.whistle.city;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.whistle.TestDatabase;

/**
 * A fresh database with only this module's tables, on the engine the tests run against (H2 in
 * memory, or a throw-away PostgreSQL database that {@link #close} drops).
 */
final class CityTestDatabase implements AutoCloseable {

	private final String name = "city_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
	private final DriverManagerDataSource dataSource;

	CityTestDatabase() {
		if (TestDatabase.isPostgres()) {
			TestDatabase.execute("CREATE DATABASE " + name);
			dataSource = new DriverManagerDataSource(TestDatabase.postgresUrl(name),
					System.getProperty("spring.datasource.username", "postgres"),
					System.getProperty("spring.datasource.password", "postgres"));
		}
		else {
			dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
		}
		new ResourceDatabasePopulator(new ClassPathResource("db/migration/V1_1__city.sql")).execute(dataSource);
	}

	DataSource dataSource() {
		return dataSource;
	}

	@Override
	public void close() {
		if (TestDatabase.isPostgres()) {
			TestDatabase.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		else {
			new JdbcTemplate(dataSource).execute("SHUTDOWN");
		}
	}
}
