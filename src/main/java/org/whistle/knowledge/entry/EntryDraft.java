package org.whistle.knowledge.entry;

import java.util.ArrayList;
import java.util.List;

import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.city.Units;

/**
 * What staff write for an entry. Texts are stripped; no keywords is the empty text, no category
 * {@code null}.
 */
public record EntryDraft(String title, String answer, String keywords, String categoryCode, Long unitId) {

	static final int MAX_TITLE = 200;

	static final int MAX_ANSWER = 4000;

	static final int MAX_KEYWORDS = 500;

	public EntryDraft {
		title = stripped(title);
		answer = stripped(answer);
		keywords = stripped(keywords);
		categoryCode = categoryCode == null || categoryCode.isBlank() ? null : categoryCode.strip();
	}

	/** What keeps it from being saved, by field; empty when nothing does. */
	List<EntryViolation> violations(Catalog catalog, Units units) {
		List<EntryViolation> violations = new ArrayList<>();
		if (title.isEmpty() || title.length() > MAX_TITLE) {
			violations.add(new EntryViolation("title", "knowledge.error.title"));
		}
		if (answer.isEmpty() || answer.length() > MAX_ANSWER) {
			violations.add(new EntryViolation("answer", "knowledge.error.answer"));
		}
		if (keywords.length() > MAX_KEYWORDS) {
			violations.add(new EntryViolation("keywords", "knowledge.error.keywords"));
		}
		if (categoryCode != null && catalog.category(categoryCode).filter(Category::active).isEmpty()) {
			violations.add(new EntryViolation("categoryCode", "knowledge.error.category"));
		}
		if (unitId != null && units.byId(unitId).isEmpty()) {
			violations.add(new EntryViolation("unitId", "knowledge.error.unit"));
		}
		return violations;
	}

	private static String stripped(String text) {
		return text == null ? "" : text.strip();
	}
}
