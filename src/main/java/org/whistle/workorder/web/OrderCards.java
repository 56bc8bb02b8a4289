package org.whistle.workorder.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.whistle.PersonalData;
import org.whistle.catalog.Assignment;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.catalog.ResponsibilityCatalog;
import org.whistle.city.City;
import org.whistle.city.Location;
import org.whistle.city.Unit;
import org.whistle.people.Staff;
import org.whistle.workorder.Deadline;
import org.whistle.workorder.Deadlines;
import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/** Turns orders into {@link OrderCard}s for one viewer. */
@Component
class OrderCards {

	private final WorkOrderService orders;
	private final UnitChoices units;
	private final Catalog catalog;
	private final ResponsibilityCatalog responsibilities;
	private final City city;
	private final CityTimes times;
	private final double warnAt;

	OrderCards(WorkOrderService orders, UnitChoices units, Catalog catalog, ResponsibilityCatalog responsibilities,
			City city, CityTimes times, @Value("${whistle.workorder.warn-at-fraction:0.8}") double warnAt) {
		this.orders = orders;
		this.units = units;
		this.catalog = catalog;
		this.responsibilities = responsibilities;
		this.city = city;
		this.times = times;
		this.warnAt = warnAt;
	}

	OrderCard of(WorkOrderView order, Staff staff, Locale locale) {
		return of(List.of(order), staff, locale).get(0);
	}

	List<OrderCard> of(List<WorkOrderView> views, Staff staff, Locale locale) {
		Map<Long, Unit> unitsById = units.byId();
		Instant now = times.now();
		boolean passesDown = unitsById.values().stream()
			.anyMatch(unit -> Long.valueOf(staff.unitId()).equals(unit.parentId()));
		return views.stream().map(view -> card(view, staff, locale, unitsById, now, passesDown)).toList();
	}

	private OrderCard card(WorkOrderView o, Staff staff, Locale locale, Map<Long, Unit> unitsById, Instant now,
			boolean passesDown) {
		OrderRequest r = o.request();
		boolean seesCaller = orders.seesCaller(staff, o);
		Set<OrderStep> steps = EnumSet.noneOf(OrderStep.class);
		Arrays.stream(OrderStep.values()).filter(step -> step.offeredTo(staff, o)).forEach(steps::add);
		if (!passesDown) {
			steps.remove(OrderStep.PASS_DOWN);
		}
		List<OrderCard.CoUnit> coUnits = o.coUnitIds().stream().sorted()
			.map(id -> new OrderCard.CoUnit(id, name(unitsById, id), o.coUnitParts().get(id)))
			.toList();
		List<OrderCard.Due> deadlines = deadlines(o, locale, now);
		boolean late = o.overdue() || deadlines.stream().anyMatch(OrderCard.Due::late);
		boolean disputed = o.leadNamedByCentre() || o.returnCount() > 1;
		return new OrderCard(o, catalog.category(r.categoryCode()).map(Category::name).orElse(null),
				seesCaller ? r.callerName() : PersonalData.maskName(r.callerName()),
				seesCaller ? r.callerPhone() : PersonalData.maskPhone(r.callerPhone()),
				seesCaller ? r.callerEmail() : PersonalData.maskEmail(r.callerEmail()),
				name(unitsById, o.leadUnitId()), name(unitsById, o.handlingUnitId()), coUnits,
				times.format(r.receivedAt()), times.format(o.repliedAt()), deadlines, late, disputed, steps,
				steps.contains(OrderStep.DISPATCH) ? suggestion(o, now) : null);
	}

	private List<OrderCard.Due> deadlines(WorkOrderView o, Locale locale, Instant now) {
		Deadlines d = o.deadlines();
		if (d == null) {
			return List.of();
		}
		boolean withUnit = o.status().isWithUnit();
		List<OrderCard.Due> dues = new ArrayList<>();
		dues.add(due(Deadline.SIGN, d.signBy(), o.status() == OrderStatus.DISPATCHED, o.signedAt(), o, locale, now));
		dues.add(due(Deadline.CONTACT, d.contactBy(), withUnit && o.contactedAt() == null, o.contactedAt(), o, locale,
				now));
		dues.add(due(Deadline.RESOLVE, d.resolveBy(), withUnit, o.repliedAt(), o, locale, now));
		return dues;
	}

	private OrderCard.Due due(Deadline which, Instant at, boolean pending, Instant doneAt, WorkOrderView o,
			Locale locale, Instant now) {
		String when = times.format(at);
		if (pending) {
			String state = now.isAfter(at) ? "LATE" : near(now, at, o.limits().of(which), warnAt) ? "NEAR" : "PENDING";
			return new OrderCard.Due(which, when, state, times.span(Duration.between(now, at), locale));
		}
		if (doneAt == null) {
			return new OrderCard.Due(which, when, "NONE", "");
		}
		return new OrderCard.Due(which, when, doneAt.isAfter(at) ? "DONE_LATE" : "DONE", times.format(doneAt));
	}

	/**
	 * 临期: the last {@code 1 - warnAt} of the deadline's time limit has begun, counted back from
	 * the deadline. For deadlines set by a dispatch or a reopening that is the instant the timer
	 * warned the unit; after an extension the timer warns at {@code warnAt} of the time from the
	 * approval to the new deadline ({@code Timetable}), which may be earlier or later, while the
	 * page still shows 临期 only in the last part of the limit.
	 */
	static boolean near(Instant now, Instant due, Duration limit, double warnAt) {
		return !now.isBefore(due.minusMillis(Math.round(limit.toMillis() * (1 - warnAt))));
	}

	/** Where the catalog would send the order now; none when it names no lead or the category is unknown. */
	private OrderCard.Suggestion suggestion(WorkOrderView o, Instant now) {
		OrderRequest r = o.request();
		Location location = r.place().lat() == null ? null
				: city.locate(r.place().lat(), r.place().lon()).orElse(null);
		try {
			Assignment assignment = responsibilities.assign(r.categoryCode(), location, r.urgency().isUrgent(), now);
			Long lead = assignment.lead().map(Unit::id).orElse(null);
			Set<Long> coUnits = assignment.coUnits().stream().map(Unit::id).filter(id -> !id.equals(lead))
				.collect(Collectors.toSet());
			return lead == null ? null : new OrderCard.Suggestion(lead, coUnits, assignment.reason());
		}
		catch (IllegalArgumentException unknownCategory) {
			return null;
		}
	}

	private static String name(Map<Long, Unit> unitsById, Long id) {
		if (id == null) {
			return null;
		}
		Unit unit = unitsById.get(id);
		return unit == null ? "#" + id : unit.name();
	}
}
