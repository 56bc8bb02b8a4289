package org.whistle.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.PersonalData;

/**
 * The append-only table {@code audit_event}: every {@link AuditRecord} published, newest last.
 * Nothing here updates or deletes a row.
 * <p>
 * A record is stored by a plain, synchronous {@link EventListener} that must join the
 * publisher's transaction ({@link Propagation#MANDATORY}): the row is written at once, in the
 * changing transaction, so it commits or rolls back with the change, and a failure to store it
 * fails the change. A {@code @TransactionalEventListener(phase = BEFORE_COMMIT)} would do the
 * same inside a transaction, but would silently drop a record published outside one; here a
 * publisher without a transaction fails loudly instead.
 */
@Repository
public class AuditTrail {

	/** A mainland mobile number standing alone; masked should one reach a detail. */
	private static final Pattern MOBILE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

	private static final String COLUMNS = "id, at, actor, action, subject_type, subject_id, detail";

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void record(AuditRecord record) {
		jdbc.sql("INSERT INTO audit_event (at, actor, action, subject_type, subject_id, detail) "
				+ "VALUES (:at, :actor, :action, :subjectType, :subjectId, :detail)")
			.param("at", OffsetDateTime.now(clock))
			.param("actor", record.actor())
			.param("action", record.action())
			.param("subjectType", record.subjectType())
			.param("subjectId", record.subjectId())
			.param("detail", masked(record.detail()))
			.update();
	}

	/** One page of events, newest first, with one row more than the page when another page follows. */
	public List<AuditEvent> find(AuditFilter filter) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event " + filter.where()
				+ " ORDER BY id DESC LIMIT :limit OFFSET :offset")
			.params(filter.params())
			.param("limit", filter.size() + 1)
			.param("offset", filter.page() * filter.size())
			.query(AuditTrail::event)
			.list();
	}

	/** Everything that happened to one subject, oldest first. */
	public List<AuditEvent> of(String subjectType, String subjectId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM audit_event WHERE subject_type = :type AND subject_id = :id ORDER BY id")
			.param("type", subjectType)
			.param("id", subjectId)
			.query(AuditTrail::event)
			.list();
	}

	/** The subject types that have events, in alphabetical order. */
	public List<String> subjectTypes() {
		return jdbc.sql("SELECT DISTINCT subject_type FROM audit_event ORDER BY subject_type").query(String.class).list();
	}

	static String masked(String detail) {
		return MOBILE.matcher(detail).replaceAll(match -> PersonalData.maskPhone(match.group()));
	}

	private static AuditEvent event(ResultSet rs, int row) throws SQLException {
		return new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("subject_type"),
				rs.getString("subject_id"), rs.getString("detail"));
	}
}
