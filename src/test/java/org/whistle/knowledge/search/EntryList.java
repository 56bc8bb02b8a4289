package org.whistle.knowledge.search;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.whistle.knowledge.KnowledgeEntry;

/** Entries in a list, as another node would change them in the table: each change takes the next revision. */
public class EntryList implements EntrySource {

	private static final OffsetDateTime SAVED = OffsetDateTime.parse("2025-11-01T09:00:00+08:00");

	private final List<Change> changes = new ArrayList<>();

	private int revisionsAsked;

	/** Adds an active entry and returns its id. */
	public long add(String title, String keywords, String answer) {
		long id = changes.stream().mapToLong(change -> change.entry().id()).max().orElse(0) + 1;
		save(new KnowledgeEntry(id, title, answer, keywords, null, null, true, 1, "test", SAVED, "test", SAVED));
		return id;
	}

	public void save(KnowledgeEntry entry) {
		changes.add(new Change(changes.size() + 1, entry));
	}

	/** How often the index asked for the revision. */
	public int revisionsAsked() {
		return revisionsAsked;
	}

	@Override
	public long revision() {
		revisionsAsked++;
		return changes.size();
	}

	@Override
	public List<KnowledgeEntry> changedSince(long revision) {
		return changes.stream().filter(change -> change.revision() > revision).map(Change::entry).toList();
	}

	private record Change(long revision, KnowledgeEntry entry) {
	}
}
