package org.whistle.knowledge.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.whistle.knowledge.KnowledgeHit.Fragment;

/**
 * Turns the highlighter's passages of an answer into fragments, the question's words apart, with an
 * ellipsis where text is left out: pages mark the words without trusting any text as HTML.
 */
final class SnippetFormatter extends PassageFormatter {

	private static final String ELLIPSIS = "…";

	@Override
	public Fragment[] format(Passage[] passages, String content) {
		List<Fragment> fragments = new ArrayList<>();
		int end = 0;
		for (Passage passage : passages) {
			if (passage.getStartOffset() > end) {
				add(fragments, ELLIPSIS, false);
			}
			int at = passage.getStartOffset();
			for (int i = 0; i < passage.getNumMatches(); i++) {
				int start = Math.max(at, passage.getMatchStarts()[i]);
				int stop = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
				if (stop > start) {
					add(fragments, content.substring(at, start), false);
					add(fragments, content.substring(start, stop), true);
					at = stop;
				}
			}
			add(fragments, content.substring(at, passage.getEndOffset()), false);
			end = passage.getEndOffset();
		}
		if (passages.length > 0 && end < content.length()) {
			add(fragments, ELLIPSIS, false);
		}
		return fragments.toArray(Fragment[]::new);
	}

	/** Adds the text, to the last fragment if that one matches or not alike. */
	private static void add(List<Fragment> fragments, String text, boolean match) {
		if (text.isEmpty()) {
			return;
		}
		int last = fragments.size() - 1;
		if (last >= 0 && fragments.get(last).match() == match) {
			fragments.set(last, new Fragment(fragments.get(last).text() + text, match));
		}
		else {
			fragments.add(new Fragment(text, match));
		}
	}
}
