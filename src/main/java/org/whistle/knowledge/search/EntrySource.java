package org.whistle.knowledge.search;

import java.util.List;

import org.whistle.knowledge.KnowledgeEntry;

/** Where the index takes its entries from: the table, shared by every node, or a list in tests. */
public interface EntrySource {

	/** A number that grows with every change of an entry. */
	long revision();

	/** The entries changed after {@code revision}, active or not. */
	List<KnowledgeEntry> changedSince(long revision);
}
