package org.whistle.knowledge.entry;

import org.whistle.knowledge.KnowledgeEntry;

/** Someone saved the entry since the editor loaded it; nothing was saved. Carries the entry as it now is. */
public class StaleEntryException extends RuntimeException {

	private final transient KnowledgeEntry current;

	StaleEntryException(KnowledgeEntry current) {
		super("Knowledge entry " + current.id() + " is at version " + current.version() + " now");
		this.current = current;
	}

	public KnowledgeEntry current() {
		return current;
	}
}
