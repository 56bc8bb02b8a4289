package org.whistle.knowledge.entry;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;
import org.whistle.catalog.Catalog;
import org.whistle.city.Units;
import org.whistle.knowledge.KnowledgeChanged;
import org.whistle.knowledge.KnowledgeEntry;

/** Writes entries: checks each draft, saves over the version the editor saw, and tells about each change. */
@Service
public class KnowledgeEditor {

	private final KnowledgeStore store;

	private final Catalog catalog;

	private final Units units;

	private final ApplicationEventPublisher events;

	KnowledgeEditor(KnowledgeStore store, Catalog catalog, Units units, ApplicationEventPublisher events) {
		this.store = store;
		this.catalog = catalog;
		this.units = units;
		this.events = events;
	}

	/** Creates an active entry at version 1 and returns its id. */
	@Transactional
	public long create(EntryDraft draft, String author) {
		check(draft);
		long id = store.insert(draft, author);
		events.publishEvent(new KnowledgeChanged(id));
		events.publishEvent(new AuditRecord(author, "knowledge.created", "knowledge", String.valueOf(id),
				AuditRecord.detail("version", 1, "title", draft.title(), "categoryCode", draft.categoryCode(), "unitId",
						draft.unitId())));
		return id;
	}

	/**
	 * Saves the draft as the next version of the entry, if {@code version} is still its version.
	 *
	 * @throws StaleEntryException when someone saved the entry in the meantime
	 */
	@Transactional
	public void update(long id, int version, EntryDraft draft, String editor) {
		check(draft);
		if (!store.update(id, version, draft, editor)) {
			throw new StaleEntryException(existing(id));
		}
		events.publishEvent(new KnowledgeChanged(id));
		events.publishEvent(new AuditRecord(editor, "knowledge.updated", "knowledge", String.valueOf(id),
				AuditRecord.detail("version", version + 1, "title", draft.title(), "categoryCode", draft.categoryCode(),
						"unitId", draft.unitId())));
	}

	/** Offers the entry to searches again, or no more; nothing happens when it already is so. */
	@Transactional
	public void setActive(long id, boolean active, String editor) {
		if (store.setActive(id, active, editor)) {
			events.publishEvent(new KnowledgeChanged(id));
			events.publishEvent(new AuditRecord(editor, active ? "knowledge.activated" : "knowledge.deactivated",
					"knowledge", String.valueOf(id), ""));
		}
		else {
			existing(id);
		}
	}

	private void check(EntryDraft draft) {
		List<EntryViolation> violations = draft.violations(catalog, units);
		if (!violations.isEmpty()) {
			throw new InvalidEntryException(violations);
		}
	}

	private KnowledgeEntry existing(long id) {
		return store.find(id).orElseThrow(() -> new NoSuchElementException("No knowledge entry " + id));
	}
}
