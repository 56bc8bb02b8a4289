package org.whistle.portal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.whistle.workorder.HistoryEntry;

/**
 * What the public may see of an order's history: the steps of the loop and when they happened.
 * Never who acted or any note (notes may hold a caller's details or the units' internal
 * exchanges); supervision, returns asked for, co-unit answers and passing down stay inside.
 */
public final class PublicSteps {

	static final Set<String> PUBLIC = Set.of("register", "dispatch", "return-approved", "sign", "contact",
			"extension-approved", "merge", "answer", "reply", "callback", "reopen", "close");

	private PublicSteps() {
	}

	/** One public step: its action name (e.g. {@code sign}) and time. */
	public record Step(String action, Instant at) {
	}

	public static List<Step> of(List<HistoryEntry> history) {
		return history.stream().filter(entry -> PUBLIC.contains(entry.action()))
			.map(entry -> new Step(entry.action(), entry.at()))
			.toList();
	}
}
