package org.whistle.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.TestDatabase;

/** Registrations that wait together are written in one transaction; a bad one fails alone. */
@SpringBootTest
class GroupCommitTests {

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	final String table = "group_commit_" + UUID.randomUUID().toString().substring(0, 8);

	GroupCommit groups;

	final CountDownLatch writerHeld = new CountDownLatch(1);

	final CountDownLatch release = new CountDownLatch(1);

	@BeforeEach
	void oneWriterThatIsBusyAtFirst() {
		jdbc.sql("CREATE TABLE " + table + " (name VARCHAR(20) PRIMARY KEY)").update();
		groups = new GroupCommit(transactions, 1, 16);
		groups.start();
		CompletableFuture.runAsync(() -> groups.run(() -> {
			writerHeld.countDown();
			await(release);
			return null;
		}));
		await(writerHeld);
	}

	@AfterEach
	void dropTable() {
		release.countDown();
		groups.stop();
		jdbc.sql("DROP TABLE " + table).update();
	}

	@Test
	void registrations_waiting_together_share_one_transaction_and_each_caller_gets_its_own_answer() {
		List<CompletableFuture<Object[]>> callers = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String name = "r" + i;
			callers.add(submit(() -> new Object[] { insert(name), transactionNow() }));
		}
		release.countDown();

		List<Object[]> answers = callers.stream().map(CompletableFuture::join).toList();
		assertThat(answers).extracting(answer -> answer[0]).containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4");
		assertThat(answers).extracting(answer -> answer[1]).as("one transaction for the group").containsOnly(answers.get(0)[1]);
		assertThat(names()).containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4");
	}

	@Test
	void a_failing_registration_fails_alone_and_the_others_of_its_group_are_written_once() {
		CompletableFuture<Object> good = submit(() -> insert("good"));
		CompletableFuture<Object> bad = submit(() -> {
			insert("bad");
			throw new InvalidRequest(Map.of("lat", "outside"));
		});
		CompletableFuture<Object> alsoGood = submit(() -> insert("also-good"));
		release.countDown();

		assertThat(good.join()).isEqualTo("good");
		assertThat(alsoGood.join()).isEqualTo("also-good");
		assertThatThrownBy(bad::join).hasCauseInstanceOf(InvalidRequest.class);
		assertThat(names()).containsExactlyInAnyOrder("good", "also-good");
	}

	@Test
	void a_caller_in_a_transaction_registers_in_that_transaction() {
		release.countDown();
		Object[] transactions = this.transactions.execute(status -> new Object[] { transactionNow(),
				groups.run(this::transactionNow) });
		assertThat(transactions[1]).isSameAs(transactions[0]);
	}

	@Test
	void what_is_queued_when_the_writers_stop_is_still_written_and_answered() {
		CompletableFuture<Object> queued = submit(() -> insert("late"));
		release.countDown();
		groups.stop();

		assertThat(queued.join()).isEqualTo("late");
		assertThat(names()).containsExactly("late");
		assertThat(groups.run(() -> insert("after"))).as("after the stop a caller writes alone").isEqualTo("after");
	}

	@Test
	@Timeout(10)
	void with_no_writers_each_caller_registers_in_a_transaction_of_its_own() {
		release.countDown();
		var alone = new GroupCommit(transactions, 0, 16);
		alone.start();
		assertThat(alone.run(this::transactionNow)).isNotNull();
		assertThat(alone.queued()).isZero();
		alone.stop();
	}

	@Test
	void unless_configured_postgresql_gets_two_writers_and_h2_one() {
		release.countDown();
		assertThat(new GroupCommit(transactions, dataSource, null, 16).writers())
			.isEqualTo(TestDatabase.isPostgres() ? 2 : 1);
		assertThat(new GroupCommit(transactions, dataSource, 3, 16).writers()).isEqualTo(3);
	}

	private <T> CompletableFuture<T> submit(Supplier<T> work) {
		int queued = groups.queued();
		CompletableFuture<T> caller = CompletableFuture.supplyAsync(() -> groups.run(work));
		while (groups.queued() == queued && !caller.isDone()) {
			Thread.onSpinWait();
		}
		return caller;
	}

	private String insert(String name) {
		jdbc.sql("INSERT INTO " + table + " (name) VALUES (:name)").param("name", name).update();
		return name;
	}

	private Object transactionNow() {
		return TransactionSynchronizationManager.getResource(dataSource);
	}

	private List<String> names() {
		return jdbc.sql("SELECT name FROM " + table).query(String.class).list();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}
}
