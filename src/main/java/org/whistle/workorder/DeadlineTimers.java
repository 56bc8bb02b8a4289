package org.whistle.workorder;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.beans.factory.annotation.Value;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;

/**
 * The persistent timers of orders (db-scheduler): for each deadline a check at the due time,
 * and a warning before it. They are scheduled in the transaction that set the deadline, run on
 * whichever node picks them, and run again if that node dies; the order itself decides whether
 * the deadline still counts, so a timer that runs twice, or after the deadline moved, changes
 * nothing.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineTimers {

	/** What a timer checks; db-scheduler stores it with the task. */
	record Check(long orderId, Deadline deadline) implements Serializable {
	}

	/** db-scheduler tells time by the application's clock, so tests that move the clock move the timers. */
	@Bean
	com.github.kagkarlsson.scheduler.Clock schedulerClock(Clock clock) {
		return clock::instant;
	}

	@Bean
	OneTimeTask<Check> deadlineCheck(WorkOrderService orders) {
		return Tasks.oneTime("order-deadline", Check.class)
			.execute((instance, context) -> orders.deadlinePassed(instance.getData().orderId(),
					instance.getData().deadline()));
	}

	@Bean
	OneTimeTask<Check> deadlineWarning(WorkOrderService orders) {
		return Tasks.oneTime("order-deadline-warning", Check.class)
			.execute((instance, context) -> orders.deadlineNear(instance.getData().orderId(),
					instance.getData().deadline()));
	}

	@Bean
	DeadlineScheduling deadlineScheduling(SchedulerClient scheduler, OneTimeTask<Check> deadlineCheck,
			OneTimeTask<Check> deadlineWarning, @Value("${whistle.workorder.warn-at-fraction:0.8}") double warnAt) {
		return new DeadlineScheduling(scheduler, deadlineCheck, deadlineWarning, warnAt);
	}

	/** Schedules the timers when an order gets or changes its deadlines. */
	static class DeadlineScheduling {

		private final SchedulerClient scheduler;
		private final OneTimeTask<Check> check;
		private final OneTimeTask<Check> warning;
		private final double warnAt;

		DeadlineScheduling(SchedulerClient scheduler, OneTimeTask<Check> check, OneTimeTask<Check> warning,
				double warnAt) {
			this.scheduler = scheduler;
			this.check = check;
			this.warning = warning;
			this.warnAt = warnAt;
		}

		@EventListener
		void on(WorkOrderEvents.Dispatched dispatched) {
			Deadlines d = dispatched.deadlines();
			Instant from = dispatched.at();
			schedule(dispatched.orderId(), Deadline.SIGN, from, d.signBy());
			schedule(dispatched.orderId(), Deadline.CONTACT, from, d.contactBy());
			schedule(dispatched.orderId(), Deadline.RESOLVE, from, d.resolveBy());
		}

		@EventListener
		void on(WorkOrderEvents.DeadlineMoved moved) {
			schedule(moved.orderId(), Deadline.RESOLVE, moved.at(), moved.deadlines().resolveBy());
		}

		@EventListener
		void on(WorkOrderEvents.Reopened reopened) {
			Deadlines d = reopened.deadlines();
			schedule(reopened.orderId(), Deadline.RESOLVE, reopened.at(), d.resolveBy());
		}

		private void schedule(long orderId, Deadline which, Instant from, Instant due) {
			String id = orderId + "/" + which + "/" + due.getEpochSecond();
			var data = new Check(orderId, which);
			scheduler.scheduleIfNotExists(check.instance(id, data), due.plusSeconds(1));
			Duration span = Duration.between(from, due);
			if (!span.isNegative()) {
				Instant warnTime = from.plusMillis((long) (span.toMillis() * warnAt));
				scheduler.scheduleIfNotExists(warning.instance(id, data), warnTime);
			}
		}
	}
}
