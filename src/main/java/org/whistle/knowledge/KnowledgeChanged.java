package org.whistle.knowledge;

/** Published when an entry was created or changed, within the transaction that did it. */
public record KnowledgeChanged(long entryId) {
}
