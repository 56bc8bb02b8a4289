package org.whistle.workorder.web;

import java.util.function.BiPredicate;

import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderView;

/**
 * The steps the pages offer on an order, each with when its form is shown: the viewer's roles and
 * the order's state. The order itself still guards every step; this only keeps pages from offering
 * what would be refused.
 */
enum OrderStep {

	DISPATCH((s, o) -> s.has(Role.DISPATCHER) && o.status() == OrderStatus.RECEIVED),
	MERGE((s, o) -> s.has(Role.DISPATCHER) && (o.status() == OrderStatus.RECEIVED || o.status().isWithUnit())),
	RETURN_REVIEW((s, o) -> s.has(Role.DISPATCHER) && o.pendingReturnReason() != null),
	EXTENSION_REVIEW((s, o) -> s.has(Role.DISPATCHER) && o.pendingExtensionDays() != null),
	SUPERVISE((s, o) -> (s.has(Role.DISPATCHER) || s.has(Role.LEADER) || s.has(Role.ADMIN)) && o.status().isOpen()),
	ANSWER((s, o) -> s.has(Role.OPERATOR) && o.status() == OrderStatus.RECEIVED && o.dispatchedAt() == null),
	SIGN((s, o) -> handles(s, o) && o.status() == OrderStatus.DISPATCHED),
	CONTACT((s, o) -> handles(s, o) && o.status() == OrderStatus.SIGNED && o.contactedAt() == null),
	REPLY((s, o) -> handles(s, o) && o.status() == OrderStatus.SIGNED && o.contactedAt() != null),
	CO_ANSWER((s, o) -> s.has(Role.HANDLER) && o.coUnitIds().contains(s.unitId()) && o.status().isWithUnit()),
	RETURN((s, o) -> handles(s, o) && o.status().isWithUnit() && !o.leadNamedByCentre()
			&& o.pendingReturnReason() == null),
	EXTENSION((s, o) -> handles(s, o) && o.status().isWithUnit() && o.pendingExtensionDays() == null),
	PASS_DOWN((s, o) -> s.has(Role.HANDLER) && Long.valueOf(s.unitId()).equals(o.leadUnitId())
			&& o.status().isWithUnit()),
	CALLBACK((s, o) -> s.has(Role.CALLBACK) && o.status() == OrderStatus.REPLIED);

	private final BiPredicate<Staff, WorkOrderView> offered;

	OrderStep(BiPredicate<Staff, WorkOrderView> offered) {
		this.offered = offered;
	}

	boolean offeredTo(Staff staff, WorkOrderView order) {
		return offered.test(staff, order);
	}

	/** The lead unit, or the unit it passed the order to. */
	private static boolean handles(Staff staff, WorkOrderView order) {
		Long unit = staff.unitId();
		return staff.has(Role.HANDLER) && (unit.equals(order.leadUnitId()) || unit.equals(order.handlingUnitId()));
	}
}
