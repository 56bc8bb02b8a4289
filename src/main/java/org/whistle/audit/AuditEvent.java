package org.whistle.audit;

import java.time.Instant;

/** An administrative change as stored in the audit trail. */
public record AuditEvent(long id, Instant at, String actor, String action, String subjectType, String subjectId,
		String detail) {
}
