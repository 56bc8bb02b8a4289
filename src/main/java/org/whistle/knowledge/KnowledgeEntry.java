package org.whistle.knowledge;

import java.time.OffsetDateTime;

/**
 * An answer as saved: {@code answer} is what the operator reads out or sends. {@code keywords}
 * (words callers use that the text lacks) may be empty; {@code categoryCode} (the catalog's) and
 * {@code unitId} (the unit responsible for the answer) may be {@code null}. {@code version}
 * counts the saves, starting at 1.
 */
public record KnowledgeEntry(long id, String title, String answer, String keywords, String categoryCode, Long unitId,
		boolean active, int version, String createdBy, OffsetDateTime createdAt, String updatedBy,
		OffsetDateTime updatedAt) {
}
