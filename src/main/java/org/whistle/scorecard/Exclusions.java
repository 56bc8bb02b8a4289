package org.whistle.scorecard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.workorder.WorkOrders;

/**
 * 剔除: the lead unit of an order applies to take it out of its score, with one of the
 * enumerated reasons; a reviewer of the centre approves or refuses. An approved order leaves
 * every count of the unit's score (until a published month is published again). Each step is
 * written to the order's history and the audit trail.
 */
@Service
public class Exclusions {

	/** Who decides: the dispatch centre and the leadership, not the unit that applies. */
	public static final Set<Role> REVIEWERS = EnumSet.of(Role.DISPATCHER, Role.LEADER);

	private static final String SELECT = "SELECT e.*, f.order_no FROM scorecard_exclusion e "
			+ "JOIN scorecard_fact f ON f.order_id = e.order_id ";

	private final JdbcClient jdbc;
	private final FactStore facts;
	private final WorkOrders workOrders;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Exclusions(JdbcClient jdbc, FactStore facts, WorkOrders workOrders, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.facts = facts;
		this.workOrders = workOrders;
		this.events = events;
		this.clock = clock;
	}

	public static boolean reviews(Staff staff) {
		return staff.roles().stream().anyMatch(REVIEWERS::contains);
	}

	@Transactional
	public Exclusion apply(long orderId, ExclusionReason reason, String note, Staff staff) {
		Fact fact = facts.find(orderId)
			.filter(f -> f.leadUnitId() != null && f.leadUnitId() == staff.unitId() && staff.has(Role.HANDLER))
			.orElseThrow(() -> new ScorecardNotFound("No order " + orderId + " of your unit"));
		if (reason == null) {
			throw new IllegalArgumentException("a reason is required: one of " + List.of(ExclusionReason.values()));
		}
		if (note == null || note.isBlank() || note.strip().length() > 1000) {
			throw new IllegalArgumentException("the explanation is required, at most 1000 characters");
		}
		if (fact.excluded()) {
			throw new ExclusionConflict("Order " + fact.orderNo() + " is already excluded");
		}
		long pending = jdbc.sql("SELECT COUNT(*) FROM scorecard_exclusion WHERE order_id = :id AND status = 'PENDING'")
			.param("id", orderId).query(Long.class).single();
		if (pending > 0) {
			throw new ExclusionConflict("An exclusion of order " + fact.orderNo() + " is already waiting for review");
		}
		Instant now = clock.instant();
		jdbc.sql("INSERT INTO scorecard_exclusion (order_id, unit_id, reason, note, status, applied_by, applied_at) "
				+ "VALUES (:order, :unit, :reason, :note, 'PENDING', :by, :at)")
			.param("order", orderId).param("unit", staff.unitId()).param("reason", reason.name())
			.param("note", note.strip()).param("by", staff.username()).param("at", FactStore.utc(now))
			.update();
		long id = jdbc.sql("SELECT MAX(id) FROM scorecard_exclusion WHERE order_id = :order").param("order", orderId)
			.query(Long.class).single();
		workOrders.annotate(orderId, staff, "exclusion-requested", reason.name() + ": " + note.strip());
		events.publishEvent(AuditRecord.of("exclusion.requested", "order", orderId, reason.name()));
		return find(id);
	}

	@Transactional
	public Exclusion review(long id, boolean approve, String note, Staff reviewer) {
		if (!reviews(reviewer)) {
			throw new AccessDeniedException("Only " + REVIEWERS + " review exclusions");
		}
		Exclusion exclusion = find(id);
		if (exclusion.status() != Exclusion.Status.PENDING) {
			throw new ExclusionConflict("Exclusion " + id + " is already " + exclusion.status());
		}
		String why = note == null || note.isBlank() ? null : note.strip();
		Exclusion.Status status = approve ? Exclusion.Status.APPROVED : Exclusion.Status.REFUSED;
		jdbc.sql("UPDATE scorecard_exclusion SET status = :status, reviewed_by = :by, reviewed_at = :at, "
				+ "review_note = :note WHERE id = :id AND status = 'PENDING'")
			.param("status", status.name()).param("by", reviewer.username()).param("at", FactStore.utc(clock.instant()))
			.param("note", why).param("id", id)
			.update();
		if (approve) {
			facts.excluded(exclusion.orderId(), true);
		}
		workOrders.annotate(exclusion.orderId(), reviewer, approve ? "exclusion-approved" : "exclusion-refused",
				exclusion.reason().name() + (why == null ? "" : ": " + why));
		events.publishEvent(AuditRecord.of(approve ? "exclusion.approved" : "exclusion.refused", "order",
				exclusion.orderId(), exclusion.reason().name()));
		return find(id);
	}

	@Transactional(readOnly = true)
	public Exclusion find(long id) {
		return jdbc.sql(SELECT + "WHERE e.id = :id").param("id", id)
			.query((rs, n) -> exclusion(rs)).optional()
			.orElseThrow(() -> new ScorecardNotFound("No exclusion " + id));
	}

	/** Those waiting for review, oldest first, or (with {@code null}) the latest 200 of every status. */
	@Transactional(readOnly = true)
	public List<Exclusion> list(Exclusion.Status status) {
		return status == null
				? jdbc.sql(SELECT + "ORDER BY e.id DESC LIMIT 200").query((rs, n) -> exclusion(rs)).list()
				: jdbc.sql(SELECT + "WHERE e.status = :status ORDER BY e.id LIMIT 200").param("status", status.name())
					.query((rs, n) -> exclusion(rs)).list();
	}

	private static Exclusion exclusion(ResultSet rs) throws SQLException {
		OffsetDateTime reviewed = rs.getObject("reviewed_at", OffsetDateTime.class);
		return new Exclusion(rs.getLong("id"), rs.getLong("order_id"), rs.getString("order_no"), rs.getLong("unit_id"),
				ExclusionReason.valueOf(rs.getString("reason")), rs.getString("note"),
				Exclusion.Status.valueOf(rs.getString("status")), rs.getString("applied_by"),
				rs.getObject("applied_at", OffsetDateTime.class).toInstant(), rs.getString("reviewed_by"),
				reviewed == null ? null : reviewed.toInstant(), rs.getString("review_note"));
	}
}
