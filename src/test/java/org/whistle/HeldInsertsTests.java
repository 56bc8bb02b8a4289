package org.whistle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Rows held until the commit: written then, all or nothing, and at once without a transaction. */
@SpringBootTest
class HeldInsertsTests {

	@Autowired
	HeldInserts held;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	final String table = "held_" + UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void createTable() {
		jdbc.sql("CREATE TABLE " + table + " (name VARCHAR(20) PRIMARY KEY)").update();
	}

	@AfterEach
	void dropTable() {
		jdbc.sql("DROP TABLE " + table).update();
	}

	@Test
	void held_rows_are_written_when_the_transaction_commits_and_not_before() {
		List<String> seenInside = transactions.execute(status -> {
			hold("a");
			hold("b", "c");
			return names();
		});
		assertThat(seenInside).isEmpty();
		assertThat(names()).containsExactlyInAnyOrder("a", "b", "c");
	}

	@Test
	void a_held_row_that_cannot_be_written_fails_the_commit_and_the_transaction_leaves_nothing() {
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			jdbc.sql("INSERT INTO " + table + " (name) VALUES ('direct')").update();
			hold("twice");
			hold("twice");
		})).isInstanceOf(DuplicateKeyException.class);
		assertThat(names()).isEmpty();
	}

	@Test
	void a_flush_sends_the_held_rows_so_that_the_next_statements_see_them() {
		transactions.executeWithoutResult(status -> {
			hold("kept", "removed");
			held.flush();
			jdbc.sql("DELETE FROM " + table + " WHERE name = 'removed'").update();
		});
		assertThat(names()).containsExactly("kept");
	}

	@Test
	void a_rolled_back_transaction_writes_nothing_it_held() {
		transactions.executeWithoutResult(status -> {
			hold("gone");
			status.setRollbackOnly();
		});
		assertThat(names()).isEmpty();
	}

	@Test
	void without_a_transaction_a_row_is_written_at_once() {
		hold("now");
		assertThat(names()).containsExactly("now");
	}

	@Test
	void a_new_transaction_inside_another_commits_its_own_rows_only() {
		var inner = new TransactionTemplate(transactions.getTransactionManager());
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions.executeWithoutResult(status -> {
			hold("outer");
			inner.executeWithoutResult(innerStatus -> hold("inner"));
			assertThat(names()).containsExactly("inner");
		});
		assertThat(names()).containsExactlyInAnyOrder("inner", "outer");
	}

	private void hold(String... names) {
		for (String name : names) {
			held.insert("INSERT INTO " + table + " (name) VALUES (:name)", new MapSqlParameterSource("name", name));
		}
	}

	private List<String> names() {
		return jdbc.sql("SELECT name FROM " + table).query(String.class).list();
	}
}
