package org.whistle.knowledge;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.city.Unit;
import org.whistle.city.Units;
import org.whistle.knowledge.DemoAnswers.DemoAnswer;
import org.whistle.knowledge.entry.EntryDraft;
import org.whistle.knowledge.entry.KnowledgeEditor;
import org.whistle.knowledge.entry.KnowledgeStore;

/**
 * The demo knowledge base: answers to common consultations (供暖, 居住证, 公积金, 垃圾分类 and
 * more). A unit the city lacks is left out of its answers.
 */
@Component
public class KnowledgeDemo {

	static final String AUTHOR = "demo";

	private final KnowledgeEditor editor;

	private final KnowledgeStore store;

	private final Units units;

	KnowledgeDemo(KnowledgeEditor editor, KnowledgeStore store, Units units) {
		this.editor = editor;
		this.store = store;
		this.units = units;
	}

	/** Creates the demo entries; does nothing when there are entries. */
	@Transactional
	public void generate() {
		if (store.count() > 0) {
			return;
		}
		for (DemoAnswer answer : DemoAnswers.ALL) {
			Long unitId = answer.unitCode() == null ? null : units.byCode(answer.unitCode()).map(Unit::id).orElse(null);
			var draft = new EntryDraft(answer.title(), answer.answer(), answer.keywords(), answer.categoryCode(), unitId);
			editor.create(draft, AUTHOR);
		}
	}
}
