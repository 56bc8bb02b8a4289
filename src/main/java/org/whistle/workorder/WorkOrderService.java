package org.whistle.workorder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.people.Staff;

/**
 * The use cases of work orders: register a request, act on an order, read orders. Every change
 * loads the order, lets it apply the step, stores it under its version and publishes its events
 * in the same transaction, so nothing is acknowledged before it is committed.
 */
@Service
@EnableConfigurationProperties(WorkOrderPolicies.class)
public class WorkOrderService implements WorkOrders {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final WorkOrderRepository repository;
	private final OrderIds ids;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final WorkOrderPolicies policies;

	WorkOrderService(WorkOrderRepository repository, OrderIds ids, ApplicationEventPublisher events, Clock clock,
			WorkOrderPolicies policies) {
		this.repository = repository;
		this.ids = ids;
		this.events = events;
		this.clock = clock;
		this.policies = policies;
	}

	/**
	 * 受理: a new order. Its number is the day and a sequence. With a {@code dispatch} the
	 * responsibility catalog named a lead unit and the system dispatches the order at once;
	 * without one it waits for a dispatcher.
	 */
	@Transactional
	public WorkOrderView register(OrderRequest request, TimeLimits limits, Actor actor, AutoDispatch dispatch) {
		long id = ids.next();
		String orderNo = LocalDate.ofInstant(request.receivedAt(), clock.getZone()).format(DAY)
				+ String.format("%07d", id);
		WorkOrder order = WorkOrder.register(id, orderNo, request, limits, actor);
		if (dispatch != null) {
			order.dispatch(dispatch.leadUnitId(), dispatch.coUnitIds(), dispatch.reason(), Actor.SYSTEM,
					request.receivedAt());
		}
		repository.insert(order);
		order.events().forEach(events::publishEvent);
		return order.view();
	}

	/** A dispatch by the responsibility catalog, done by the system when the order is registered. */
	public record AutoDispatch(long leadUnitId, Set<Long> coUnitIds, String reason) {

		public AutoDispatch {
			coUnitIds = Set.copyOf(coUnitIds);
		}
	}

	/**
	 * Applies one step to an order the staff member may see.
	 *
	 * @throws OrderNotFound when there is no such order or it is not theirs to see
	 * @throws IllegalTransition when the order's state does not allow the step
	 * @throws ConcurrentChange when someone changed the order in the meantime
	 */
	@Transactional
	public WorkOrderView act(long id, Staff staff, OrderAction action) {
		WorkOrder order = visible(id, staff);
		Instant now = clock.instant();
		action.apply(order, actorOf(staff), now);
		store(order);
		return order.view();
	}

	/**
	 * 回访 by the caller in person, from the private link they were given: it is the callback
	 * (solved closes the order, not solved reopens it), recorded as the caller's.
	 *
	 * @throws OrderNotFound when there is no such order
	 * @throws IllegalTransition when the order has not been replied to (or was rated already)
	 */
	@Transactional
	public WorkOrderView callbackByCaller(long id, boolean isSolved, Satisfaction verdict) {
		WorkOrder order = repository.find(id).orElseThrow(() -> new OrderNotFound(id));
		order.callback(true, isSolved, verdict, policies, Actor.CALLER, clock.instant());
		store(order);
		return order.view();
	}

	/** 并单: the repeat joins the open order it repeats; both are stored together. */
	@Transactional
	public WorkOrderView merge(long id, long intoId, Staff staff) {
		WorkOrder repeat = visible(id, staff);
		WorkOrder target = visible(intoId, staff);
		repeat.mergeInto(target, actorOf(staff), clock.instant());
		store(repeat);
		store(target);
		return repeat.view();
	}

	/**
	 * An order's deadline timer fired: a passed deadline marks the order overdue (once, however
	 * often the timer runs), a near one warns its unit. Says when to look again; empty when no
	 * deadline of this timetable counts any more.
	 */
	@Transactional
	Optional<Timetable.Next> checkDeadlines(Timetable timetable) {
		Instant now = clock.instant();
		return repository.find(timetable.orderId())
			.filter(order -> timetable.isFor(order.view().deadlines()))
			.flatMap(order -> timetable.after(now, check(order, timetable, now)));
	}

	/** Warns of the near deadlines and marks a passed one; returns those that still count. */
	private List<Deadline> check(WorkOrder order, Timetable timetable, Instant now) {
		List<Deadline> pending = new ArrayList<>();
		boolean changed = false;
		for (Deadline which : Deadline.values()) {
			if (order.pendingDue(which).isEmpty()) {
				continue;
			}
			pending.add(which);
			if (timetable.warnsBy(which, now) && !warned(order.id(), which, timetable)) {
				changed |= order.warnOf(which, now);
			}
			changed |= order.markOverdue(which, now);
		}
		if (changed) {
			store(order);
		}
		return pending;
	}

	/** Whether this timetable's warning is in the history already: its timer ran again after a crash. */
	private boolean warned(long orderId, Deadline which, Timetable timetable) {
		return repository.history(orderId).stream().anyMatch(entry -> entry.action().equals("deadlineNear")
				&& which.name().equals(entry.note()) && !entry.at().isBefore(timetable.from()));
	}

	private void store(WorkOrder order) {
		repository.save(order);
		order.events().forEach(events::publishEvent);
		if (order.status() == OrderStatus.REPLIED) {
			shareReplyWithMerged(order);
		}
	}

	private void shareReplyWithMerged(WorkOrder target) {
		for (WorkOrder repeat : repository.mergedInto(target.id())) {
			repeat.takeReplyOf(target, clock.instant());
			repository.save(repeat);
			repeat.events().forEach(events::publishEvent);
		}
	}


	@Override
	@Transactional(readOnly = true)
	public Optional<WorkOrderView> find(long id) {
		return repository.view(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<WorkOrderView> findByOrderNo(String orderNo) {
		return repository.findByOrderNo(orderNo.strip()).map(WorkOrder::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<WorkOrderView> search(OrderSearch search) {
		return repository.search(search);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<HistoryEntry>> histories(Collection<Long> orderIds) {
		return repository.histories(orderIds);
	}

	@Override
	@Transactional(readOnly = true)
	public List<OrderUpdate> updates(Instant after, Instant until, Set<String> actions, int limit) {
		return actions.isEmpty() ? List.of() : repository.updates(after, until, actions, limit);
	}

	/** The order if the staff member may see it. */
	@Transactional(readOnly = true)
	public Optional<WorkOrderView> findFor(long id, Staff staff) {
		return find(id).filter(view -> Visibility.sees(staff, view));
	}

	/** The order with this number if the staff member may see it (并单 names the target by number). */
	@Transactional(readOnly = true)
	public Optional<WorkOrderView> findByOrderNo(String orderNo, Staff staff) {
		return findByOrderNo(orderNo).filter(view -> Visibility.sees(staff, view));
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(long id, Staff staff) {
		visible(id, staff);
		return repository.history(id);
	}

	/** One page of the orders the staff member may see. */
	@Transactional(readOnly = true)
	public OrderPage list(OrderFilter filter, Staff staff) {
		OrderFilter scoped = Visibility.seesAll(staff) ? filter
				: filter.visibleTo(Visibility.isUnitStaff(staff) ? staff.unitId() : -1L);
		return new OrderPage(repository.list(scoped), repository.count(scoped), scoped.page(), scoped.size());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CallerContact> callerOf(long orderId) {
		return find(orderId).map(view -> new CallerContact(view.id(), view.orderNo(), view.request().callerName(),
				view.request().callerPhone(), view.request().callerEmail()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<HistoryEntry> historyOf(long orderId) {
		return repository.history(orderId);
	}

	@Override
	@Transactional(readOnly = true)
	public ReceivedCounts received(Instant from, Instant to) {
		return repository.received(from, to);
	}

	@Override
	@Transactional(readOnly = true)
	public List<CategorisedText> closedWithCategory(int limit) {
		return repository.closedWithCategory(limit);
	}

	@Override
	@Transactional
	public void annotate(long orderId, Staff staff, String action, String note) {
		WorkOrder order = repository.find(orderId).orElseThrow(() -> new OrderNotFound(orderId));
		order.annotate(action, note, actorOf(staff), clock.instant());
		repository.appendHistory(order);
	}

	/** Whether the staff member may see the caller's name and phone on this order. */
	public boolean seesCaller(Staff staff, WorkOrderView order) {
		return Visibility.seesCaller(staff, order);
	}

	private WorkOrder visible(long id, Staff staff) {
		return repository.find(id)
			.filter(order -> Visibility.sees(staff, order.view()))
			.orElseThrow(() -> new OrderNotFound(id));
	}

	private static Actor actorOf(Staff staff) {
		return Actor.staff(staff.id(), staff.displayName(), staff.unitId());
	}
}
