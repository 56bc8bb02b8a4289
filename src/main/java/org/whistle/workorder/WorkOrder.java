package org.whistle.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen's request as one ticket owned to the end (一张派单管到底). The order guards every
 * transition: an action its state does not allow throws {@link IllegalTransition} and changes
 * nothing. Each transition appends to the history and raises an event, which the repository
 * stores and publishes in the same transaction.
 */
public class WorkOrder {

	private final long id;
	private final String orderNo;
	private final long version;
	private final OrderRequest request;
	private final TimeLimits limits;

	private OrderStatus status;
	private Closure closure;
	private Long leadUnitId;
	private Long handlingUnitId;
	private final Set<Long> coUnitIds = new LinkedHashSet<>();
	private final Map<Long, String> coUnitParts = new LinkedHashMap<>();
	private boolean leadNamedByCentre;
	private int returnCount;
	private String pendingReturnReason;
	private Integer pendingExtensionDays;
	private String pendingExtensionReason;
	private Deadlines deadlines;
	private Instant dispatchedAt;
	private Instant signedAt;
	private Instant contactedAt;
	private Instant repliedAt;
	private Instant closedAt;
	private Boolean solved;
	private String replyText;
	private int callbackAttempts;
	private int reopenCount;
	private Satisfaction satisfaction;
	private boolean supervised;
	private boolean overdue;
	private Long mergedInto;

	private final List<HistoryEntry> newHistory = new ArrayList<>();
	private final List<Object> events = new ArrayList<>();

	private WorkOrder(long id, String orderNo, long version, OrderRequest request, TimeLimits limits,
			OrderStatus status) {
		this.id = id;
		this.orderNo = orderNo;
		this.version = version;
		this.request = request;
		this.limits = limits;
		this.status = status;
	}

	/** A request just registered: it waits for dispatch (or a direct answer). */
	static WorkOrder register(long id, String orderNo, OrderRequest request, TimeLimits limits, Actor actor) {
		var order = new WorkOrder(id, orderNo, 0, request, limits, OrderStatus.RECEIVED);
		order.newHistory.add(new HistoryEntry(request.receivedAt(), actor.userId(), actor.name(), actor.unitId(),
				"register", null, OrderStatus.RECEIVED, request.channel().name()));
		order.events.add(new WorkOrderEvents.Registered(id, orderNo, request.categoryCode(),
				request.place().gridCode(), request.urgency().isUrgent(), request.receivedAt(),
				request.place().districtCode(), request.place().streetCode()));
		return order;
	}

	/** The order as stored at one version. */
	static WorkOrder restore(WorkOrderView s) {
		var order = new WorkOrder(s.id(), s.orderNo(), s.version(), s.request(), s.limits(), s.status());
		order.closure = s.closure();
		order.leadUnitId = s.leadUnitId();
		order.handlingUnitId = s.handlingUnitId();
		order.coUnitIds.addAll(s.coUnitIds());
		order.coUnitParts.putAll(s.coUnitParts());
		order.leadNamedByCentre = s.leadNamedByCentre();
		order.returnCount = s.returnCount();
		order.pendingReturnReason = s.pendingReturnReason();
		order.pendingExtensionDays = s.pendingExtensionDays();
		order.pendingExtensionReason = s.pendingExtensionReason();
		order.deadlines = s.deadlines();
		order.dispatchedAt = s.dispatchedAt();
		order.signedAt = s.signedAt();
		order.contactedAt = s.contactedAt();
		order.repliedAt = s.repliedAt();
		order.closedAt = s.closedAt();
		order.solved = s.solved();
		order.replyText = s.replyText();
		order.callbackAttempts = s.callbackAttempts();
		order.reopenCount = s.reopenCount();
		order.satisfaction = s.satisfaction();
		order.supervised = s.supervised();
		order.overdue = s.overdue();
		order.mergedInto = s.mergedInto();
		return order;
	}

	public WorkOrderView view() {
		return new WorkOrderView(id, orderNo, version, request, limits, status, closure, leadUnitId, handlingUnitId,
				coUnitIds, coUnitParts, leadNamedByCentre, returnCount, pendingReturnReason, pendingExtensionDays,
				pendingExtensionReason, deadlines, dispatchedAt, signedAt, contactedAt, repliedAt, closedAt, solved,
				replyText, callbackAttempts, reopenCount, satisfaction, supervised, overdue, mergedInto);
	}

	public long id() {
		return id;
	}

	public OrderStatus status() {
		return status;
	}

	// --- dispatch centre -------------------------------------------------------------------

	/** 派单 / 改派: the dispatch centre gives a received order to a lead unit and co-units. */
	public void dispatch(long leadUnit, Set<Long> coUnits, String note, Actor actor, Instant now) {
		require(status == OrderStatus.RECEIVED, "Only a received or returned order can be dispatched");
		if (coUnits.contains(leadUnit)) {
			throw new IllegalTransition("The lead unit cannot also be a co-unit");
		}
		OrderStatus from = status;
		leadUnitId = leadUnit;
		handlingUnitId = null;
		coUnitIds.clear();
		coUnitIds.addAll(coUnits);
		coUnitParts.clear();
		dispatchedAt = now;
		deadlines = Deadlines.from(now, limits);
		status = OrderStatus.DISPATCHED;
		record(actor, now, "dispatch", from, note);
		events.add(new WorkOrderEvents.Dispatched(id, leadUnit, Set.copyOf(coUnits), deadlines, now, actor.userId(),
				actor.name()));
	}

	/** 退单审核: approved sends the order back to dispatch; refused leaves it with the unit. */
	public void reviewReturn(boolean approve, String note, WorkOrderPolicies policies, Actor actor, Instant now) {
		require(pendingReturnReason != null, "There is no return request to review");
		pendingReturnReason = null;
		if (!approve) {
			record(actor, now, "return-refused", status, note);
			return;
		}
		OrderStatus from = status;
		returnCount++;
		leadUnitId = null;
		handlingUnitId = null;
		coUnitIds.clear();
		deadlines = null;
		signedAt = null;
		contactedAt = null;
		pendingExtensionDays = null;
		pendingExtensionReason = null;
		leadNamedByCentre = returnCount >= policies.returnsBeforeCentreDecides();
		status = OrderStatus.RECEIVED;
		record(actor, now, "return-approved", from, note);
		events.add(new WorkOrderEvents.Returned(id, returnCount, leadNamedByCentre));
	}

	/** 延期审核: approved moves the resolution deadline by the days asked; refused keeps it. */
	public void reviewExtension(boolean approve, Actor actor, Instant now) {
		require(pendingExtensionDays != null, "There is no extension request to review");
		int days = pendingExtensionDays;
		pendingExtensionDays = null;
		pendingExtensionReason = null;
		if (approve) {
			deadlines = deadlines.extendedBy(Duration.ofDays(days));
			overdue = overdue && deadlines.resolveBy().isBefore(now);
		}
		record(actor, now, approve ? "extension-approved" : "extension-refused", status,
				approve ? "+" + days + "d" : null);
		if (approve) {
			events.add(new WorkOrderEvents.DeadlineMoved(id, deadlines, now));
		}
	}

	/** 督办: staff flag the order and add an urge note. */
	public void supervise(String note, Actor actor, Instant now) {
		require(status.isOpen(), "A closed order cannot be supervised");
		supervised = true;
		record(actor, now, "supervise", status, note);
	}

	/** 并单: this order repeats an open one; it waits for that order's reply. */
	public void mergeInto(WorkOrder target, Actor actor, Instant now) {
		require(target.id != id, "An order cannot be merged into itself");
		require(status == OrderStatus.RECEIVED || status.isWithUnit(), "Only an unanswered order can be merged");
		require(target.status == OrderStatus.RECEIVED || target.status.isWithUnit(),
				"An order can only be merged into an open, unanswered order");
		OrderStatus from = status;
		mergedInto = target.id;
		pendingReturnReason = null;
		pendingExtensionDays = null;
		pendingExtensionReason = null;
		status = OrderStatus.MERGED;
		record(actor, now, "merge", from, "→ " + target.orderNo);
		target.record(actor, now, "merged-in", target.status, "← " + orderNo);
		events.add(new WorkOrderEvents.Merged(id, target.id));
	}

	/** 直接答复: the operator answers a received request on the spot; no dispatch. */
	public void answerDirectly(String answer, Actor actor, Instant now) {
		require(status == OrderStatus.RECEIVED && dispatchedAt == null, "Only a new, undispatched request can be answered directly");
		requireText(answer, "The answer");
		replyText = answer;
		repliedAt = now;
		close(Closure.ANSWERED_DIRECTLY, actor, now, "answer", answer);
	}

	// --- the handling unit -------------------------------------------------------------------

	/** 签收: the lead unit takes the order. */
	public void sign(Actor actor, Instant now) {
		requireHandler(actor);
		require(status == OrderStatus.DISPATCHED, "Only a dispatched order can be signed for");
		signedAt = now;
		status = OrderStatus.SIGNED;
		record(actor, now, "sign", OrderStatus.DISPATCHED, null);
		events.add(new WorkOrderEvents.Signed(id, leadUnitId, now));
	}

	/** The unit has reached the caller; the time counts for the response rate. */
	public void contactCaller(String note, Actor actor, Instant now) {
		requireHandler(actor);
		require(status == OrderStatus.SIGNED, "Sign for the order before contacting the caller");
		require(contactedAt == null, "The caller's contact is already recorded");
		contactedAt = now;
		record(actor, now, "contact", status, note);
		events.add(new WorkOrderEvents.CallerContacted(id, leadUnitId, now, now.isAfter(deadlines.contactBy())));
	}

	/** 二级派单: the lead passes the order to a sub-unit and stays responsible for it. */
	public void passDown(long subUnit, Actor actor, Instant now) {
		require(actor.unitId() != null && actor.unitId().equals(leadUnitId), "Only the lead unit can pass an order down");
		require(status.isWithUnit(), "Only an order with the unit can be passed down");
		require(subUnit != leadUnitId, "The order is already with this unit");
		handlingUnitId = subUnit;
		record(actor, now, "pass-down", status, "→ unit " + subUnit);
		events.add(new WorkOrderEvents.PassedDown(id, leadUnitId, subUnit));
	}

	/** 协办: a co-unit answers its part; the lead replies for all. */
	public void answerPart(String text, Actor actor, Instant now) {
		require(actor.unitId() != null && coUnitIds.contains(actor.unitId()), "Only a co-unit answers a part");
		require(status.isWithUnit(), "Parts are answered while the order is with the units");
		requireText(text, "The answer");
		coUnitParts.put(actor.unitId(), text);
		record(actor, now, "co-answer", status, text);
	}

	/** 回复: the lead unit reports the result to the caller. */
	public void reply(boolean isSolved, String text, Actor actor, Instant now) {
		requireHandler(actor);
		require(status == OrderStatus.SIGNED, "Only a signed order can be replied to");
		require(contactedAt != null, "Contact the caller before replying");
		requireText(text, "The reply");
		solved = isSolved;
		replyText = text;
		repliedAt = now;
		pendingReturnReason = null;
		pendingExtensionDays = null;
		pendingExtensionReason = null;
		status = OrderStatus.REPLIED;
		record(actor, now, "reply", OrderStatus.SIGNED, text);
		events.add(new WorkOrderEvents.Replied(id, leadUnitId, isSolved, now, now.isAfter(deadlines.resolveBy())));
	}

	/** A merged order shares the reply of the order it joined, and then gets its own callback. */
	public void takeReplyOf(WorkOrder target, Instant now) {
		require(status == OrderStatus.MERGED && mergedInto != null && mergedInto == target.id,
				"Only an order merged into this one takes its reply");
		require(target.status == OrderStatus.REPLIED, "The order has not been replied to");
		leadUnitId = target.leadUnitId;
		solved = target.solved;
		replyText = target.replyText;
		repliedAt = now;
		status = OrderStatus.REPLIED;
		record(Actor.SYSTEM, now, "reply", OrderStatus.MERGED, "并单回复 " + target.orderNo);
		events.add(new WorkOrderEvents.Replied(id, leadUnitId, solved, now, false));
	}

	/** 退单申请: the unit asks the centre to take the order back, with a reason. */
	public void requestReturn(String reason, Actor actor, Instant now) {
		requireHandler(actor);
		require(status.isWithUnit(), "Only an order with the unit can be returned");
		require(!leadNamedByCentre, "The dispatch centre named this unit the lead: it can no longer return the order");
		require(pendingReturnReason == null, "A return request is already waiting for review");
		requireText(reason, "The reason");
		pendingReturnReason = reason;
		record(actor, now, "return-requested", status, reason);
	}

	/** 延期申请: the unit asks for more time, with a reason. */
	public void requestExtension(int days, String reason, WorkOrderPolicies policies, Actor actor, Instant now) {
		requireHandler(actor);
		require(status.isWithUnit(), "Only an order with the unit can be extended");
		require(pendingExtensionDays == null, "An extension request is already waiting for review");
		if (days < 1 || days > policies.maxExtensionDays()) {
			throw new IllegalArgumentException("An extension is 1 to " + policies.maxExtensionDays() + " days");
		}
		requireText(reason, "The reason");
		pendingExtensionDays = days;
		pendingExtensionReason = reason;
		record(actor, now, "extension-requested", status, days + "d: " + reason);
	}

	// --- callback ---------------------------------------------------------------------------

	/**
	 * 回访: reached and solved closes the order; reached and not solved reopens it (重办) with
	 * the same unit and a new deadline; unreached is tried again until the attempts run out.
	 */
	public void callback(boolean reached, Boolean isSolved, Satisfaction verdict, WorkOrderPolicies policies,
			Actor actor, Instant now) {
		require(status == OrderStatus.REPLIED, "Only a replied order can be called back");
		if (!reached) {
			callbackAttempts++;
			record(actor, now, "callback-unreached", status, "#" + callbackAttempts);
			if (callbackAttempts >= policies.callbackAttempts()) {
				close(Closure.NOT_VERIFIED, Actor.SYSTEM, now, "close", null);
			}
			return;
		}
		if (isSolved == null || verdict == null) {
			throw new IllegalArgumentException("A reached caller says whether it is solved and how satisfied they are");
		}
		callbackAttempts++;
		satisfaction = verdict;
		solved = isSolved;
		if (isSolved) {
			status = OrderStatus.CALLED_BACK;
			record(actor, now, "callback", OrderStatus.REPLIED, verdict.name());
			events.add(new WorkOrderEvents.CalledBack(id, leadUnitId, true, verdict));
			close(Closure.SOLVED, Actor.SYSTEM, now, "close", null);
			return;
		}
		reopenCount++;
		events.add(new WorkOrderEvents.CalledBack(id, leadUnitId, false, verdict));
		deadlines = deadlines.resolveAgain(now, limits);
		overdue = false;
		contactedAt = null;
		signedAt = null;
		replyText = null;
		repliedAt = null;
		callbackAttempts = 0;
		status = OrderStatus.DISPATCHED;
		record(actor, now, "reopen", OrderStatus.REPLIED, verdict.name());
		events.add(new WorkOrderEvents.Reopened(id, leadUnitId, reopenCount, deadlines, now));
	}

	// --- deadlines ----------------------------------------------------------------------------

	/** A deadline passed: mark the order overdue and put it under supervision, once. */
	public boolean markOverdue(Deadline which, Instant now) {
		if (!isLate(which, now) || overdue) {
			return false;
		}
		overdue = true;
		supervised = true;
		record(Actor.SYSTEM, now, "overdue", status, which.name());
		events.add(new WorkOrderEvents.WentOverdue(id, leadUnitId, which));
		return true;
	}

	/** 临期预警: a deadline is near with its step still undone; the warning goes into the history. */
	public boolean warnOf(Deadline which, Instant now) {
		Optional<Instant> due = pendingDue(which).filter(now::isBefore);
		due.ifPresent(at -> {
			record(Actor.SYSTEM, now, "deadlineNear", status, which.name());
			events.add(new WorkOrderEvents.DeadlineNear(id, leadUnitId, which, at));
		});
		return due.isPresent();
	}

	/** The due time of a deadline whose step is still undone; empty when it no longer counts. */
	public Optional<Instant> pendingDue(Deadline which) {
		if (deadlines == null || !status.isWithUnit()) {
			return Optional.empty();
		}
		return switch (which) {
			case SIGN -> status == OrderStatus.DISPATCHED ? Optional.of(deadlines.signBy()) : Optional.empty();
			case CONTACT -> contactedAt == null ? Optional.of(deadlines.contactBy()) : Optional.empty();
			case RESOLVE -> Optional.of(deadlines.resolveBy());
		};
	}

	/** Whether the given deadline has passed with its step still undone. */
	public boolean isLate(Deadline which, Instant now) {
		return pendingDue(which).filter(now::isAfter).isPresent();
	}

	/** A line in the history that changes nothing of the order (a decision about it taken elsewhere). */
	void annotate(String action, String note, Actor actor, Instant now) {
		requireText(action, "The action");
		record(actor, now, action, status, note);
	}

	// --- helpers ------------------------------------------------------------------------------

	private void close(Closure how, Actor actor, Instant now, String action, String note) {
		OrderStatus from = status;
		closure = how;
		closedAt = now;
		status = OrderStatus.CLOSED;
		record(actor, now, action, from, note);
		events.add(new WorkOrderEvents.Closed(id, leadUnitId, how));
	}

	private void requireHandler(Actor actor) {
		require(actor.unitId() != null
				&& (actor.unitId().equals(leadUnitId) || actor.unitId().equals(handlingUnitId)),
				"Only the lead unit (or the unit it passed the order to) can do this");
	}

	private static void require(boolean condition, String refusal) {
		if (!condition) {
			throw new IllegalTransition(refusal);
		}
	}

	private static void requireText(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException(what + " must not be empty");
		}
	}

	private void record(Actor actor, Instant now, String action, OrderStatus from, String note) {
		newHistory.add(new HistoryEntry(now, actor.userId(), actor.name(), actor.unitId(), action, from, status, note));
	}

	List<HistoryEntry> newHistory() {
		return Collections.unmodifiableList(newHistory);
	}

	List<Object> events() {
		return Collections.unmodifiableList(events);
	}
}
