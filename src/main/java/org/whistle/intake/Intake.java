package org.whistle.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.catalog.Assignment;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.ResponsibilityCatalog;
import org.whistle.catalog.RuleRef;
import org.whistle.catalog.Urgency;
import org.whistle.city.City;
import org.whistle.city.Location;
import org.whistle.city.Unit;
import org.whistle.people.Staff;
import org.whistle.workorder.Actor;
import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.TimeLimits;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderService.AutoDispatch;
import org.whistle.workorder.WorkOrderView;

/**
 * 受理: turns a request from any channel into a work order. The point is located in the city,
 * the responsibility catalog gives the time limits and, when it names a lead unit, the system
 * dispatches the order at once (consultations wait for the operator's answer instead).
 */
@Service
public class Intake {

	private final WorkOrderService orders;
	private final City city;
	private final Catalog catalog;
	private final ResponsibilityCatalog responsibilities;
	private final IdempotencyKeys idempotency;
	private final GroupCommit groups;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final boolean autoDispatch;

	Intake(WorkOrderService orders, City city, Catalog catalog, ResponsibilityCatalog responsibilities,
			IdempotencyKeys idempotency, GroupCommit groups, TransactionTemplate transactions, Clock clock,
			@Value("${whistle.intake.auto-dispatch:true}") boolean autoDispatch) {
		this.orders = orders;
		this.city = city;
		this.catalog = catalog;
		this.responsibilities = responsibilities;
		this.idempotency = idempotency;
		this.groups = groups;
		this.transactions = transactions;
		this.clock = clock;
		this.autoDispatch = autoDispatch;
	}

	/** The outcome: the order, and whether it was registered before under the same key. */
	public record Registered(WorkOrderView order, boolean replayed) {
	}

	/**
	 * Registers the request; with an idempotency key, a retry of the same request returns the
	 * order the first one created.
	 *
	 * @throws InvalidRequest when a field is missing or wrong, or the point is outside the city
	 * @throws IdempotencyConflict when the key was used for a different request
	 */
	public Registered register(NewRequest request, Staff staff, String idempotencyKey) {
		RequestRules.check(request, catalog);
		Location location = locate(request);
		Actor actor = actorOf(staff);
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			return new Registered(groups.run(() -> create(request, location, actor)), false);
		}
		String key = idempotencyKey.strip();
		String hash = IdempotencyKeys.hash(request);
		try {
			return groups.run(() -> replay(staff, key, hash).orElseGet(() -> {
				WorkOrderView order = create(request, location, actor);
				idempotency.remember(staff.id(), key, hash, order.id());
				return new Registered(order, false);
			}));
		}
		catch (DuplicateKeyException raced) {
			return transactions.execute(status -> replay(staff, key, hash)).orElseThrow(() -> raced);
		}
	}

	/**
	 * Checks a request as {@link #register} would, without registering it.
	 *
	 * @throws InvalidRequest naming every field that is missing or wrong
	 */
	public void check(NewRequest request) {
		RequestRules.check(request, catalog);
	}

	/**
	 * Registers a request the caller made in person (the citizen portal): no staff member is
	 * involved, so the history names the caller as its registrant ({@link Actor#CALLER}). Joins
	 * the caller's transaction, if any, so a caller can store more with the order atomically.
	 *
	 * @throws InvalidRequest when a field is missing or wrong, or the point is outside the city
	 */
	public WorkOrderView registerFromCaller(NewRequest request) {
		RequestRules.check(request, catalog);
		Location location = locate(request);
		return transactions.execute(status -> create(request, location, Actor.CALLER));
	}

	private Optional<Registered> replay(Staff staff, String key, String hash) {
		return idempotency.find(staff.id(), key).map(seen -> {
			if (!seen.requestHash().equals(hash)) {
				throw new IdempotencyConflict(key);
			}
			return new Registered(orders.find(seen.orderId()).orElseThrow(), true);
		});
	}

	private static Actor actorOf(Staff staff) {
		return Actor.staff(staff.id(), staff.displayName(), staff.unitId());
	}

	private WorkOrderView create(NewRequest r, Location location, Actor actor) {
		Instant now = clock.instant();
		Urgency urgency = r.urgency() == null ? Urgency.NORMAL : r.urgency();
		String category = blankToNull(r.categoryCode());
		Assignment assignment = responsibilities.assign(category, location, urgency.isUrgent(), now);
		var place = new OrderRequest.Place(blankToNull(r.address()), r.lat(), r.lon(),
				location == null ? null : location.grid().code(), location == null ? null : location.community().code(),
				location == null ? null : location.street().code(), location == null ? null : location.district().code());
		var request = new OrderRequest(r.channel(), r.type(), blankToNull(r.callerName()), blankToNull(r.callerPhone()),
				blankToNull(r.callerEmail()), place, category, r.title().strip(), r.content().strip(), urgency, now);
		var limits = new TimeLimits(assignment.signForDue(), assignment.contactDue(), assignment.resolutionDue(),
				assignment.rule().map(RuleRef::toString).orElse(null));
		return orders.register(request, limits, actor, dispatchOf(assignment, r.type()));
	}

	private AutoDispatch dispatchOf(Assignment assignment, RequestType type) {
		if (!autoDispatch || type == RequestType.CONSULTATION || assignment.lead().isEmpty()) {
			return null;
		}
		long lead = assignment.lead().get().id();
		Set<Long> coUnits = assignment.coUnits().stream().map(Unit::id).filter(id -> id != lead)
			.collect(Collectors.toSet());
		return new AutoDispatch(lead, coUnits, assignment.reason());
	}

	private Location locate(NewRequest r) {
		if (r.lat() == null) {
			return null;
		}
		return city.locate(r.lat(), r.lon()).orElseThrow(() -> new InvalidRequest(Map.of("lat",
				"the point (" + r.lat() + ", " + r.lon() + ") is outside the jurisdiction")));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
