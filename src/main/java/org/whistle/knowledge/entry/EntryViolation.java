package org.whistle.knowledge.entry;

/** A field of a draft that cannot be saved as it is, and the message key that says why. */
public record EntryViolation(String field, String code) {
}
