package org.whistle.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.BulkRows;

/**
 * Registers the requests of many callers in shared transactions (group commit): a writer takes
 * the registrations waiting, up to {@code group-size}, runs them in one transaction and answers
 * each caller after its commit. A busy hotline's database then pays one commit, one connection
 * checkout and one WAL flush for a group instead of for every request; a quiet one sees groups
 * of one. When a shared transaction fails, each of its registrations runs again in its own, so
 * a bad request fails only itself. A caller already in a transaction joins it instead (its
 * other writes must commit with the order).
 */
@Component
class GroupCommit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

	private final TransactionTemplate transactions;
	private final int writers;
	private final int groupSize;
	private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
	private final List<Thread> threads = new ArrayList<>();
	private volatile boolean running;

	/**
	 * Without {@code writers} set: two on PostgreSQL, whose backends write in parallel; one on H2,
	 * whose store commits one transaction at a time (bench/intake on H2: 1,063 requests/s with one
	 * writer against 829 with two).
	 */
	@Autowired
	GroupCommit(TransactionTemplate transactions, DataSource dataSource,
			@Value("${whistle.intake.group-commit.writers:#{null}}") Integer writers,
			@Value("${whistle.intake.group-commit.group-size:16}") int groupSize) {
		this(transactions, writers != null ? writers : BulkRows.isPostgres(dataSource) ? 2 : 1, groupSize);
	}

	GroupCommit(TransactionTemplate transactions, int writers, int groupSize) {
		if (writers < 0 || groupSize < 1) {
			throw new IllegalArgumentException("whistle.intake.group-commit: writers >= 0 and group-size >= 1");
		}
		this.transactions = transactions;
		this.writers = writers;
		this.groupSize = groupSize;
	}

	/**
	 * Runs the work in a transaction and returns its result once that transaction committed.
	 *
	 * @throws RuntimeException what the work threw, when it ran alone
	 */
	<T> T run(Supplier<T> work) {
		if (!running || TransactionSynchronizationManager.isActualTransactionActive()) {
			return transactions.execute(status -> work.get());
		}
		Job<T> job = new Job<>(work);
		queue.add(job);
		return job.answer();
	}

	/** How many writer threads write the groups. */
	int writers() {
		return writers;
	}

	/** How many registrations wait for a writer. */
	int queued() {
		return queue.size();
	}

	private void write() {
		List<Job<?>> group = new ArrayList<>(groupSize);
		while (running || !queue.isEmpty()) {
			try {
				Job<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
				if (first == null) {
					continue;
				}
				group.add(first);
				queue.drainTo(group, groupSize - 1);
				commit(group);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
			finally {
				group.clear();
			}
		}
	}

	private void commit(List<Job<?>> group) {
		if (group.size() > 1) {
			try {
				transactions.executeWithoutResult(status -> group.forEach(Job::work));
				group.forEach(Job::committed);
				return;
			}
			catch (RuntimeException | Error e) {
				log.debug("A group of {} registrations failed; each runs again alone: {}", group.size(), e.toString());
				group.forEach(Job::forget);
			}
		}
		for (Job<?> job : group) {
			try {
				transactions.executeWithoutResult(status -> job.work());
				job.committed();
			}
			catch (RuntimeException | Error e) {
				job.failed(e);
			}
		}
	}

	@Override
	public void start() {
		running = writers > 0;
		for (int i = 0; i < writers; i++) {
			Thread thread = new Thread(this::write, "intake-writer-" + i);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
	}

	/**
	 * Stops after the web server (see {@link #getPhase}): what is queued is still written and
	 * answered, including a registration queued just as the writers saw an empty queue and ended.
	 */
	@Override
	public void stop() {
		running = false;
		for (Thread thread : threads) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		threads.clear();
		List<Job<?>> late = new ArrayList<>();
		queue.drainTo(late);
		late.forEach(job -> commit(List.of(job)));
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Starts before and stops after the web server, which stops taking requests first. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE + 1000;
	}

	/**
	 * One caller's registration: its work (run as the caller, who is signed in on another thread),
	 * the result of its last run, and the caller's wait.
	 */
	private static final class Job<T> {

		private final Runnable work;
		private final CompletableFuture<T> answer = new CompletableFuture<>();
		private T result;

		Job(Supplier<T> work) {
			this.work = new DelegatingSecurityContextRunnable(() -> result = work.get());
		}

		void work() {
			work.run();
		}

		void forget() {
			result = null;
		}

		void committed() {
			answer.complete(result);
		}

		void failed(Throwable e) {
			answer.completeExceptionally(e);
		}

		T answer() {
			try {
				return answer.get();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while the registration was being written", e);
			}
			catch (ExecutionException e) {
				if (e.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw (Error) e.getCause();
			}
		}
	}
}
