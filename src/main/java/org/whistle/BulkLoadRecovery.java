package org.whistle;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** At start: makes again the indexes and foreign keys that a killed bulk load left dropped. */
@Component
class BulkLoadRecovery implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BulkLoadRecovery.class);

	private final DataSource dataSource;

	BulkLoadRecovery(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void run(ApplicationArguments args) throws SQLException {
		List<String> failures = BulkLoad.restoreDropped(dataSource);
		failures.forEach(failure -> log.warn("A bulk load left this dropped and it could not be made again: {}", failure));
	}
}
