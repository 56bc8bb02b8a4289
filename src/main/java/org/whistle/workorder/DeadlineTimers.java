package org.whistle.workorder;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.whistle.TransactionScoped;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.SchedulableInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The persistent timers of orders (db-scheduler): one per order and change of its deadlines,
 * walking through its {@link Timetable} (warnings, then the checks after the due times). A timer
 * is scheduled in the transaction that set the deadlines, just before it commits (the timers of a
 * group of registrations in one batch; each timer's id names its order and the instant its
 * deadlines were set, so it is new), runs on whichever node picks it, and
 * runs again if that node dies; the order itself decides whether a deadline still counts, so a
 * timer that runs twice, or after the deadlines moved, changes nothing.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineTimers {

	static final String TASK = "order-deadlines";

	/** db-scheduler tells time by the application's clock, so tests that move the clock move the timers. */
	@Bean
	com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
		return clock::instant;
	}

	@Bean
	CustomTask<Timetable> deadlineTimer(WorkOrderService orders) {
		return Tasks.custom(TASK, Timetable.class)
			.execute((instance, context) -> orders.checkDeadlines(instance.getData())
				.<CompletionHandler<Timetable>>map(next -> (complete, operations) -> operations.reschedule(complete,
						next.at(), next.timetable()))
				.orElse((complete, operations) -> operations.remove()));
	}

	@Bean
	DeadlineScheduling deadlineScheduling(SchedulerClient scheduler, CustomTask<Timetable> deadlineTimer,
			@Value("${whistle.workorder.warn-at-fraction:0.8}") double warnAt) {
		return new DeadlineScheduling(scheduler, deadlineTimer, warnAt);
	}

	/** Starts a timer when an order gets or changes its deadlines. */
	static class DeadlineScheduling {

		private final SchedulerClient scheduler;
		private final CustomTask<Timetable> timer;
		private final double warnAt;

		DeadlineScheduling(SchedulerClient scheduler, CustomTask<Timetable> timer, double warnAt) {
			this.scheduler = scheduler;
			this.timer = timer;
			this.warnAt = warnAt;
		}

		@EventListener
		void on(WorkOrderEvents.Dispatched dispatched) {
			start(Timetable.of(dispatched.orderId(), dispatched.deadlines(), dispatched.at(), warnAt));
		}

		@EventListener
		void on(WorkOrderEvents.DeadlineMoved moved) {
			start(Timetable.of(moved.orderId(), moved.deadlines(), moved.at(), warnAt));
		}

		@EventListener
		void on(WorkOrderEvents.Reopened reopened) {
			start(Timetable.of(reopened.orderId(), reopened.deadlines(), reopened.at(), warnAt));
		}

		private void start(Timetable timetable) {
			timetable.nextAfter(timetable.from(), EnumSet.allOf(Deadline.class)).ifPresent(first -> {
				SchedulableInstance<Timetable> instance = SchedulableInstance
					.of(timer.instance(timetable.timerId(), timetable), first);
				if (TransactionSynchronizationManager.isSynchronizationActive()) {
					TransactionScoped.obtain(this, LinkedHashMap<String, SchedulableInstance<?>>::new, this::schedule)
						.putIfAbsent(instance.getId(), instance);
				}
				else {
					scheduler.scheduleIfNotExists(instance);
				}
			});
		}

		private void schedule(Map<String, SchedulableInstance<?>> timers) {
			if (!timers.isEmpty()) {
				scheduler.scheduleBatch(List.copyOf(timers.values()));
			}
		}
	}
}
