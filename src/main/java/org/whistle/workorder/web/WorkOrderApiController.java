package org.whistle.workorder.web;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;
import org.whistle.workorder.HistoryEntry;
import org.whistle.workorder.OrderAction;
import org.whistle.workorder.OrderFilter;
import org.whistle.workorder.OrderNotFound;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderPolicies;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/**
 * The work orders for other systems: read them, and act on them as the key's user. A unit's
 * staff see and act only on their unit's orders (others answer 404); a step the order's state
 * does not allow answers 409 and changes nothing.
 */
@RestController
@RequestMapping("/api/work-orders")
class WorkOrderApiController {

	private final WorkOrderService orders;
	private final WorkOrderPolicies policies;
	private final UnitChecks units;

	WorkOrderApiController(WorkOrderService orders, WorkOrderPolicies policies, UnitChecks units) {
		this.orders = orders;
		this.policies = policies;
		this.units = units;
	}

	@GetMapping("/{id}")
	OrderJson get(@PathVariable long id, @AuthenticationPrincipal StaffDetails user) {
		Staff staff = user.staff();
		WorkOrderView view = orders.findFor(id, staff).orElseThrow(() -> new OrderNotFound(id));
		return OrderJson.of(view, orders.seesCaller(staff, view));
	}

	@GetMapping
	PageJson list(@RequestParam(required = false) OrderStatus status, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean supervised,
			@RequestParam(required = false) OrderFilter.Queue queue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal StaffDetails user) {
		Staff staff = user.staff();
		var found = orders.list(new OrderFilter(status, unitId, overdue, supervised, queue, null, page, size), staff);
		return new PageJson(found.orders().stream().map(v -> OrderJson.of(v, orders.seesCaller(staff, v))).toList(),
				found.total(), found.page(), found.size());
	}

	@GetMapping("/{id}/history")
	List<HistoryEntry> history(@PathVariable long id, @AuthenticationPrincipal StaffDetails user) {
		return orders.history(id, user.staff());
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize("hasRole('DISPATCHER')")
	OrderJson dispatch(@PathVariable long id, @Valid @RequestBody ActionBodies.Dispatch body,
			@AuthenticationPrincipal StaffDetails user) {
		Set<Long> coUnits = body.coUnitIds() == null ? Set.of() : Set.copyOf(body.coUnitIds());
		units.requireExisting(body.unitId());
		coUnits.forEach(units::requireExisting);
		return act(id, user, (order, actor, now) -> order.dispatch(body.unitId(), coUnits, body.note(), actor, now));
	}

	@PostMapping("/{id}/sign")
	@PreAuthorize("hasRole('HANDLER')")
	OrderJson sign(@PathVariable long id, @AuthenticationPrincipal StaffDetails user) {
		return act(id, user, (order, actor, now) -> order.sign(actor, now));
	}

	@PostMapping("/{id}/contact")
	@PreAuthorize("hasRole('HANDLER')")
	OrderJson contact(@PathVariable long id, @Valid @RequestBody(required = false) ActionBodies.Note body,
			@AuthenticationPrincipal StaffDetails user) {
		String note = body == null ? null : body.note();
		return act(id, user, (order, actor, now) -> order.contactCaller(note, actor, now));
	}

	@PostMapping("/{id}/reply")
	@PreAuthorize("hasRole('HANDLER')")
	OrderJson reply(@PathVariable long id, @Valid @RequestBody ActionBodies.Reply body,
			@AuthenticationPrincipal StaffDetails user) {
		return act(id, user, (order, actor, now) -> order.reply(body.solved(), body.text(), actor, now));
	}

	@PostMapping("/{id}/co-answer")
	@PreAuthorize("hasRole('HANDLER')")
	OrderJson coAnswer(@PathVariable long id, @Valid @RequestBody ActionBodies.Part body,
			@AuthenticationPrincipal StaffDetails user) {
		return act(id, user, (order, actor, now) -> order.answerPart(body.text(), actor, now));
	}

	@PostMapping("/{id}/return")
	@PreAuthorize("hasRole('HANDLER')")
	OrderJson requestReturn(@PathVariable long id, @Valid @RequestBody ActionBodies.Reason body,
			@AuthenticationPrincipal StaffDetails user) {
		return act(id, user, (order, actor, now) -> order.requestReturn(body.reason(), actor, now));
	}

	@PostMapping("/{id}/return-review")
	@PreAuthorize("hasRole('DISPATCHER')")
	OrderJson reviewReturn(@PathVariable long id, @Valid @RequestBody ActionBodies.Review body,
			@AuthenticationPrincipal StaffDetails user) {
		return act(id, user, (order, actor, now) -> order.reviewReturn(body.approve(), body.note(), policies, actor, now));
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasRole('HANDLER')")
	OrderJson requestExtension(@PathVariable long id, @Valid @RequestBody ActionBodies.Extension body,
			@AuthenticationPrincipal StaffDetails user) {
		return act(id, user,
				(order, actor, now) -> order.requestExtension(body.days(), body.reason(), policies, actor, now));
	}

	@PostMapping("/{id}/extension-review")
	@PreAuthorize("hasRole('DISPATCHER')")
	OrderJson reviewExtension(@PathVariable long id, @Valid @RequestBody ActionBodies.Review body,
			@AuthenticationPrincipal StaffDetails user) {
		return act(id, user, (order, actor, now) -> order.reviewExtension(body.approve(), actor, now));
	}

	@PostMapping("/{id}/pass-down")
	@PreAuthorize("hasRole('HANDLER')")
	OrderJson passDown(@PathVariable long id, @Valid @RequestBody ActionBodies.Unit body,
			@AuthenticationPrincipal StaffDetails user) {
		units.requireBelow(body.unitId(), user.staff().unitId());
		return act(id, user, (order, actor, now) -> order.passDown(body.unitId(), actor, now));
	}

	@PostMapping("/{id}/callback")
	@PreAuthorize("hasRole('CALLBACK')")
	OrderJson callback(@PathVariable long id, @Valid @RequestBody ActionBodies.Callback body,
			@AuthenticationPrincipal StaffDetails user) {
		return act(id, user, (order, actor, now) -> order.callback(body.reached(), body.solved(), body.satisfaction(),
				policies, actor, now));
	}

	@PostMapping("/{id}/supervise")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'ADMIN')")
	OrderJson supervise(@PathVariable long id, @Valid @RequestBody(required = false) ActionBodies.Note body,
			@AuthenticationPrincipal StaffDetails user) {
		String note = body == null ? null : body.note();
		return act(id, user, (order, actor, now) -> order.supervise(note, actor, now));
	}

	@PostMapping("/{id}/merge")
	@PreAuthorize("hasRole('DISPATCHER')")
	OrderJson merge(@PathVariable long id, @Valid @RequestBody ActionBodies.Merge body,
			@AuthenticationPrincipal StaffDetails user) {
		Staff staff = user.staff();
		WorkOrderView merged = orders.merge(id, body.intoId(), staff);
		return OrderJson.of(merged, orders.seesCaller(staff, merged));
	}

	@PostMapping("/{id}/answer")
	@PreAuthorize("hasRole('OPERATOR')")
	OrderJson answer(@PathVariable long id, @Valid @RequestBody ActionBodies.Answer body,
			@AuthenticationPrincipal StaffDetails user) {
		return act(id, user, (order, actor, now) -> order.answerDirectly(body.text(), actor, now));
	}

	private OrderJson act(long id, StaffDetails user, OrderAction action) {
		Staff staff = user.staff();
		WorkOrderView view = orders.act(id, staff, action);
		return OrderJson.of(view, orders.seesCaller(staff, view));
	}

	record PageJson(List<OrderJson> orders, long total, int page, int size) {
	}
}
