package org.whistle.scorecard;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.workorder.Actor;
import org.whistle.workorder.Channel;
import org.whistle.workorder.Deadline;
import org.whistle.workorder.MutableClock;
import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.TimeLimits;
import org.whistle.workorder.WorkOrderPolicies;
import org.whistle.workorder.WorkOrderService;

/**
 * Orders driven through the real work-order service on a clock the test sets: each step at a
 * given offset from the order's reception. Before every step the deadlines that fell due since
 * the last step are checked at their due time, as the timers do, so what is late is marked
 * whether or not db-scheduler has fired yet.
 */
final class ScorecardScenario {

	static final TimeLimits LIMITS = new TimeLimits(Duration.ofHours(2), Duration.ofHours(24), Duration.ofDays(7),
			"scenario");

	static final Staff CALLBACK = new Staff(9001, "callback", "回访员", 1, Set.of(Role.CALLBACK));

	private final WorkOrderService orders;
	private final MutableClock clock;

	ScorecardScenario(WorkOrderService orders, MutableClock clock) {
		this.orders = orders;
		this.clock = clock;
	}

	static Staff handler(long unitId) {
		return new Staff(9000 + unitId, "h-" + unitId, "承办人" + unitId, unitId, Set.of(Role.HANDLER));
	}

	/** One order of a unit received at {@code at}. */
	Order order(long unitId, Instant at, String district, String street, String category) {
		clock.set(at);
		var place = new OrderRequest.Place("测试地址", null, null, null, null, street, district);
		var request = new OrderRequest(Channel.PHONE, RequestType.COMPLAINT, "测试", "13800000000", null, place,
				category, "测试工单", "评分测试。", Urgency.NORMAL, at);
		long id = orders.register(request, LIMITS, Actor.SYSTEM,
				new WorkOrderService.AutoDispatch(unitId, Set.of(), "测试")).id();
		return new Order(id, unitId, at);
	}

	final class Order {

		final long id;
		private final Staff handler;
		private final Instant received;
		private Instant last;

		Order(long id, long unitId, Instant received) {
			this.id = id;
			this.handler = handler(unitId);
			this.received = received;
			this.last = received;
		}

		private void at(Duration offset) {
			Instant target = received.plus(offset);
			var deadlines = orders.find(id).orElseThrow().deadlines();
			if (deadlines != null) {
				fireBetween(Deadline.SIGN, deadlines.signBy(), target);
				fireBetween(Deadline.CONTACT, deadlines.contactBy(), target);
				fireBetween(Deadline.RESOLVE, deadlines.resolveBy(), target);
			}
			clock.set(target);
			last = target;
		}

		/** What the order's deadline timer does when the clock passes a due time. */
		private void fireBetween(Deadline which, Instant due, Instant target) {
			if (due.isAfter(last) && !due.isAfter(target)) {
				clock.set(due.plusSeconds(1));
				orders.act(id, handler, (o, actor, now) -> o.markOverdue(which, now));
			}
		}

		Order sign(Duration offset) {
			at(offset);
			orders.act(id, handler, (o, actor, now) -> o.sign(actor, now));
			return this;
		}

		Order contact(Duration offset) {
			at(offset);
			orders.act(id, handler, (o, actor, now) -> o.contactCaller("已联系", actor, now));
			return this;
		}

		Order reply(Duration offset) {
			at(offset);
			orders.act(id, handler, (o, actor, now) -> o.reply(true, "已处理", actor, now));
			return this;
		}

		/** sign after 1 h, contact after 2 h, reply after 1 day: every limit kept. */
		Order handledInTime() {
			return sign(Duration.ofHours(1)).contact(Duration.ofHours(2)).reply(Duration.ofDays(1));
		}

		Order callback(Duration offset, boolean solved, Satisfaction verdict) {
			at(offset);
			orders.act(id, CALLBACK,
					(o, actor, now) -> o.callback(true, solved, verdict, WorkOrderPolicies.DEFAULT, actor, now));
			return this;
		}

		Order unreached(Duration offset) {
			at(offset);
			orders.act(id, CALLBACK,
					(o, actor, now) -> o.callback(false, null, null, WorkOrderPolicies.DEFAULT, actor, now));
			return this;
		}
	}
}
