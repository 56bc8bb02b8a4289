package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bulk path drops the plain secondary indexes and foreign keys of the loaded tables while
 * the load runs, and leaves exactly the same ones in place afterwards, also when the load fails;
 * what a killed load left dropped is made again when the server starts.
 */
@SpringBootTest
class BulkLoadTests {

	static final List<String> TABLES = List.of("work_order", "work_order_history", "scorecard_fact");

	@Autowired
	DataSource dataSource;

	@Autowired
	BulkLoadRecovery recovery;

	@Test
	void the_indexes_and_foreign_keys_are_gone_during_the_load_and_the_same_afterwards() throws Exception {
		List<BulkLoad.Structure> before = BulkLoad.structures(dataSource, TABLES);
		assertThat(before).extracting(BulkLoad.Structure::name)
			.contains("ix_work_order_history_order", "ix_scorecard_fact_unit", "ix_work_order_status");
		assertThat(before).extracting(BulkLoad.Structure::create).anyMatch(sql -> sql.contains("FOREIGN KEY"));

		List<BulkLoad.Structure> during = BulkLoad.run(dataSource, TABLES, () -> BulkLoad.structures(dataSource, TABLES));

		assertThat(during).isEmpty();
		assertThat(BulkLoad.structures(dataSource, TABLES)).isEqualTo(before);
	}

	@Test
	void what_a_killed_load_left_dropped_is_made_again_at_the_next_start() throws Exception {
		List<BulkLoad.Structure> before = BulkLoad.structures(dataSource, TABLES);
		BulkLoad.dropRecorded(dataSource, TABLES);
		assertThat(BulkLoad.structures(dataSource, TABLES)).isEmpty();

		recovery.run(null);

		assertThat(BulkLoad.structures(dataSource, TABLES)).isEqualTo(before);
		assertThat(BulkLoad.restoreDropped(dataSource)).isEmpty();
	}

	@Test
	void a_failed_load_leaves_the_same_indexes_and_foreign_keys() throws Exception {
		List<BulkLoad.Structure> before = BulkLoad.structures(dataSource, TABLES);
		AtomicReference<List<BulkLoad.Structure>> during = new AtomicReference<>();

		assertThatThrownBy(() -> BulkLoad.run(dataSource, TABLES, () -> {
			during.set(BulkLoad.structures(dataSource, TABLES));
			throw new IllegalStateException("the load broke");
		})).hasMessage("the load broke");

		assertThat(during.get()).isEmpty();
		assertThat(BulkLoad.structures(dataSource, TABLES)).isEqualTo(before);
	}
}
