package org.whistle.scorecard;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;

/**
 * Publishing a month's scorecard freezes its numbers; publishing it again (after an exclusion
 * was approved late, say) is a new version and must say why. Both go to the audit trail.
 */
@Service
public class Publications {

	private final Scorecards scorecards;
	private final PublicationStore store;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Publications(Scorecards scorecards, PublicationStore store, ApplicationEventPublisher events, Clock clock) {
		this.scorecards = scorecards;
		this.store = store;
		this.events = events;
		this.clock = clock;
	}

	/** Publishes the live numbers of a month and level; returns the version. */
	@Transactional
	public int publish(Period period, Level level, String reason, String by) {
		if (!period.isMonth()) {
			throw new IllegalArgumentException("only a month is published: " + period);
		}
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		boolean again = !store.versions(period, level).isEmpty();
		if (again && why == null) {
			throw new IllegalArgumentException("a re-publication of " + period + " must give its reason");
		}
		if (why != null && why.length() > 1000) {
			throw new IllegalArgumentException("the reason is at most 1000 characters");
		}
		int version = store.publish(scorecards.evaluateLive(period, level), clock.instant(), by, why);
		events.publishEvent(AuditRecord.of(again ? "scorecard.republished" : "scorecard.published", "scorecard",
				period + "/" + level.param(), "v" + version + (why == null ? "" : ": " + why)));
		return version;
	}

	@Transactional(readOnly = true)
	public List<Scorecard.Publication> versions(Period period, Level level) {
		return store.versions(period, level);
	}
}
