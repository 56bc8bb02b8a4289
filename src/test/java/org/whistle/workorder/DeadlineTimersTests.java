package org.whistle.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.WhistleApplication;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.people.Role;
import org.whistle.people.Staff;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;

/**
 * Whistle nodes sharing one database (PostgreSQL when the suite runs with
 * {@code -Dwhistle.test.db=postgresql}): the deadline timers are persistent, survive a restart,
 * and each fires on exactly one node.
 */
class DeadlineTimersTests {

	private final MutableClock clock = new MutableClock(Instant.now(), ZoneId.of("Asia/Shanghai"));
	private final Map<String, AtomicInteger> executions = new ConcurrentHashMap<>();
	private final SchedulerListener counting = new AbstractSchedulerListener() {
		@Override
		public void onExecutionComplete(ExecutionComplete complete) {
			var instance = complete.getExecution().taskInstance;
			executions.computeIfAbsent(instance.getId() + "@" + complete.getExecution().executionTime,
					key -> new AtomicInteger()).incrementAndGet();
		}
	};

	private final List<WorkOrderEvents.DeadlineNear> warnings = new CopyOnWriteArrayList<>();

	private ConfigurableApplicationContext nodeA;
	private ConfigurableApplicationContext nodeB;

	private ConfigurableApplicationContext node(String name) {
		return new SpringApplicationBuilder(WhistleApplication.class)
			.web(WebApplicationType.NONE)
			.properties("whistle.demo.enabled=false", "spring.main.banner-mode=off",
					"db-scheduler.polling-interval=200ms", "db-scheduler.scheduler-name=" + name,
					"logging.level.com.github.kagkarlsson=WARN")
			.initializers(context -> {
				var generic = (GenericApplicationContext) context;
				generic.registerBean("testClock", Clock.class, () -> clock, definition -> definition.setPrimary(true));
				generic.registerBean("countingListener", SchedulerListener.class, () -> counting);
				context.addApplicationListener(ApplicationListener.<WorkOrderEvents.DeadlineNear>forPayload(warnings::add));
			})
			.run();
	}

	@AfterEach
	void stopNodes() {
		if (nodeA != null && nodeA.isActive()) {
			nodeA.close();
		}
		if (nodeB != null && nodeB.isActive()) {
			nodeB.close();
		}
	}

	private WorkOrderView registerDispatched(ConfigurableApplicationContext node) {
		var place = new OrderRequest.Place("测试地址", null, null, null, null, null, null);
		var request = new OrderRequest(Channel.PHONE, RequestType.COMPLAINT, "测试", "13800000000", null, place, null,
				"定时器测试", "两个节点共用一个数据库。", Urgency.URGENT, clock.instant());
		var limits = new TimeLimits(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(3), null);
		return node.getBean(WorkOrderService.class).register(request, limits, Actor.SYSTEM,
				new WorkOrderService.AutoDispatch(1, Set.of(), "测试"));
	}

	private WorkOrderView order(ConfigurableApplicationContext node, long id) {
		return node.getBean(WorkOrderService.class).find(id).orElseThrow();
	}

	private long overdueEntries(ConfigurableApplicationContext node, long id) {
		return node.getBean(WorkOrderRepository.class).history(id).stream()
			.filter(entry -> entry.action().equals("overdue")).count();
	}

	private List<String> timers(ConfigurableApplicationContext node, long orderId) {
		return node.getBean(SchedulerClient.class).getScheduledExecutionsForTask(DeadlineTimers.TASK).stream()
			.map(execution -> execution.getTaskInstance().getId())
			.filter(timer -> timer.startsWith(orderId + "/"))
			.toList();
	}

	private boolean timerRuns(ConfigurableApplicationContext node, long orderId) {
		return !timers(node, orderId).isEmpty();
	}

	private List<Deadline> warned(long orderId) {
		return warnings.stream().filter(w -> w.orderId() == orderId).map(WorkOrderEvents.DeadlineNear::deadline).toList();
	}

	@Test
	void orders_registered_in_one_transaction_get_their_timers_as_it_commits_and_a_rolled_back_one_none() {
		nodeA = node("node-a");
		TransactionTemplate transactions = nodeA.getBean(TransactionTemplate.class);
		List<Long> ids = transactions.execute(status -> {
			List<Long> registered = List.of(registerDispatched(nodeA).id(), registerDispatched(nodeA).id());
			assertThat(timers(nodeA, registered.get(0))).as("held until the commit").isEmpty();
			return registered;
		});
		assertThat(timers(nodeA, ids.get(0))).hasSize(1);
		assertThat(timers(nodeA, ids.get(1))).hasSize(1);

		long rolledBack = transactions.execute(status -> {
			long id = registerDispatched(nodeA).id();
			status.setRollbackOnly();
			return id;
		});
		assertThat(timers(nodeA, rolledBack)).isEmpty();
	}

	@Test
	void each_check_runs_on_exactly_one_of_two_nodes() {
		nodeA = node("node-a");
		nodeB = node("node-b");
		long id = registerDispatched(nodeA).id();

		clock.advance(Duration.ofSeconds(50));
		await().atMost(Duration.ofSeconds(20)).until(() -> warned(id).contains(Deadline.SIGN));
		clock.advance(Duration.ofMinutes(10));

		await().atMost(Duration.ofSeconds(20)).until(() -> order(nodeB, id).overdue() && !timerRuns(nodeB, id));
		assertThat(executions).hasSize(2)
			.allSatisfy((execution, count) -> assertThat(count.get()).as(execution).isOne());
		assertThat(warned(id)).containsExactly(Deadline.SIGN);
		assertThat(order(nodeB, id).supervised()).isTrue();
		assertThat(overdueEntries(nodeB, id)).isOne();
	}

	@Test
	void each_deadline_is_warned_of_once_and_its_check_marks_the_order_overdue() {
		nodeA = node("node-a");
		long id = registerDispatched(nodeA).id();

		clock.advance(Duration.ofSeconds(50));
		await().atMost(Duration.ofSeconds(20)).until(() -> warned(id).size() == 1);
		clock.advance(Duration.ofSeconds(20));
		await().atMost(Duration.ofSeconds(20)).until(() -> order(nodeA, id).overdue());
		clock.advance(Duration.ofSeconds(30));
		await().atMost(Duration.ofSeconds(20)).until(() -> warned(id).size() == 2);
		clock.advance(Duration.ofSeconds(50));
		await().atMost(Duration.ofSeconds(20)).until(() -> warned(id).size() == 3);
		clock.advance(Duration.ofMinutes(5));
		await().atMost(Duration.ofSeconds(20)).until(() -> !timerRuns(nodeA, id));

		assertThat(warned(id)).containsExactly(Deadline.SIGN, Deadline.CONTACT, Deadline.RESOLVE);
		assertThat(nodeA.getBean(WorkOrderRepository.class).history(id).stream()
			.filter(entry -> entry.action().equals("deadlineNear")).map(HistoryEntry::note))
			.containsExactly("SIGN", "CONTACT", "RESOLVE");
		assertThat(overdueEntries(nodeA, id)).isOne();
	}

	@Test
	void a_moved_deadline_stops_the_old_timer_and_starts_a_new_one() {
		nodeA = node("node-a");
		long id = registerDispatched(nodeA).id();
		var orders = nodeA.getBean(WorkOrderService.class);
		var policies = nodeA.getBean(WorkOrderPolicies.class);
		var handler = new Staff(7, "h", "承办人", 1, Set.of(Role.HANDLER));
		var dispatcher = new Staff(8, "d", "派单员", 99, Set.of(Role.DISPATCHER));
		orders.act(id, handler, (order, actor, now) -> order.sign(actor, now));
		orders.act(id, handler, (order, actor, now) -> order.requestExtension(2, "需要协调", policies, actor, now));
		clock.advance(Duration.ofSeconds(1));
		orders.act(id, dispatcher, (order, actor, now) -> order.reviewExtension(true, actor, now));
		String movedTimer = id + "/" + clock.instant().toEpochMilli();

		clock.advance(Duration.ofMinutes(10));

		await().atMost(Duration.ofSeconds(20)).until(() -> order(nodeA, id).overdue() && timers(nodeA, id).size() == 1);
		assertThat(timers(nodeA, id)).containsExactly(movedTimer);
		assertThat(overdueEntries(nodeA, id)).isOne();
	}

	@Test
	void a_timer_survives_a_restart() {
		nodeA = node("node-a");
		long id = registerDispatched(nodeA).id();
		nodeA.close();

		nodeB = node("node-b");
		clock.advance(Duration.ofMinutes(10));

		await().atMost(Duration.ofSeconds(20)).until(() -> order(nodeB, id).overdue());
		assertThat(order(nodeB, id).supervised()).isTrue();
	}
}
