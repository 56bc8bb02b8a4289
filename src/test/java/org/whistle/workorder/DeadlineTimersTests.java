package org.whistle.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.whistle.WhistleApplication;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;

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
			executions.computeIfAbsent(instance.getTaskName() + ":" + instance.getId(), key -> new AtomicInteger())
				.incrementAndGet();
		}
	};

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

	@Test
	void each_deadline_fires_on_exactly_one_of_two_nodes() {
		nodeA = node("node-a");
		nodeB = node("node-b");
		long id = registerDispatched(nodeA).id();

		clock.advance(Duration.ofMinutes(10));

		await().atMost(Duration.ofSeconds(20)).until(() -> executions.keySet().stream()
			.filter(key -> key.contains(id + "/")).count() == 6);
		assertThat(executions).allSatisfy((instance, count) -> assertThat(count.get()).as(instance).isOne());
		WorkOrderView order = order(nodeB, id);
		assertThat(order.overdue()).isTrue();
		assertThat(order.supervised()).isTrue();
		assertThat(overdueEntries(nodeB, id)).isOne();
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
