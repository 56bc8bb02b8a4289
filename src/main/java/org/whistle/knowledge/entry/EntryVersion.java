package org.whistle.knowledge.entry;

import java.time.OffsetDateTime;

/** A version of an entry in its history: who saved it and when, under which title, active or not. */
public record EntryVersion(int version, String title, boolean active, String changedBy, OffsetDateTime changedAt) {
}
