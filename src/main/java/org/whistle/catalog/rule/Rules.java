package org.whistle.catalog.rule;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;
import org.whistle.catalog.input.InvalidInputException;
import org.whistle.catalog.input.Violation;

/**
 * Edits the responsibility catalog. A rule keeps its id for life; every change of its terms
 * starts a new version and ends the previous one at the same instant, so that orders matched
 * earlier keep the version they were given.
 */
@Service
public class Rules {

	private final RuleRepository repository;

	private final RuleCheck check;

	private final ApplicationEventPublisher events;

	Rules(RuleRepository repository, RuleCheck check, ApplicationEventPublisher events) {
		this.repository = repository;
		this.check = check;
		this.events = events;
	}

	/** The latest version of every rule; deactivated rules are those whose latest version has ended. */
	public List<RuleVersion> latest() {
		return repository.latest();
	}

	public Optional<RuleVersion> latest(long ruleId) {
		return repository.latest(ruleId);
	}

	/** Every version of a rule, oldest first. */
	public List<RuleVersion> history(long ruleId) {
		return repository.history(ruleId);
	}

	public boolean isEmpty() {
		return repository.isEmpty();
	}

	@Transactional
	public RuleVersion create(RuleDraft draft, String changedBy) {
		RuleTerms terms = checked(draft, null);
		return create(terms, changedBy, now());
	}

	/**
	 * Gives a rule new terms as a new version; a deactivated rule becomes active again. Terms
	 * equal to the current version's change nothing.
	 */
	@Transactional
	public RuleVersion edit(long ruleId, RuleDraft draft, String changedBy) {
		RuleVersion latest = locked(ruleId);
		RuleTerms terms = checked(draft, ruleId);
		if (latest.isCurrent() && latest.terms().equals(terms)) {
			return latest;
		}
		return replace(latest, terms, changedBy, now());
	}

	/** Ends the current version; orders matched before keep it. */
	@Transactional
	public void deactivate(long ruleId) {
		RuleVersion latest = locked(ruleId);
		if (latest.isCurrent()) {
			end(latest, now());
		}
	}

	RuleVersion create(RuleTerms terms, String changedBy, Instant at) {
		var version = new RuleVersion(repository.newRule(at), 1, terms, at, null, changedBy);
		repository.insert(version);
		events.publishEvent(new AuditRecord(changedBy, "rule.created", "rule", String.valueOf(version.ruleId()),
				AuditRecord.detail("version", 1, "terms", RuleDraft.of(terms))));
		return version;
	}

	RuleVersion replace(RuleVersion latest, RuleTerms terms, String changedBy, Instant at) {
		if (latest.isCurrent()) {
			repository.supersede(latest, at);
		}
		var version = new RuleVersion(latest.ruleId(), latest.version() + 1, terms, at, null, changedBy);
		repository.insert(version);
		events.publishEvent(new AuditRecord(changedBy, "rule.updated", "rule", String.valueOf(version.ruleId()),
				AuditRecord.detail("version", version.version(), "terms", RuleDraft.of(terms))));
		return version;
	}

	void end(RuleVersion current, Instant at) {
		repository.supersede(current, at);
		events.publishEvent(AuditRecord.of("rule.deactivated", "rule", current.ruleId(),
				AuditRecord.detail("version", current.version())));
	}

	/** Timestamps keep microseconds, as PostgreSQL does, so that a version reads back as written. */
	static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	private RuleVersion locked(long ruleId) {
		if (!repository.lock(ruleId)) {
			throw new InvalidInputException(List.of(Violation.of(null, "catalog.error.unknownRule", ruleId)));
		}
		return repository.latest(ruleId).orElseThrow();
	}

	private RuleTerms checked(RuleDraft draft, Long ruleId) {
		RuleCheck.Checked checked = check.check(draft);
		if (!checked.violations().isEmpty()) {
			throw new InvalidInputException(checked.violations());
		}
		String scope = RuleCheck.scope(checked.terms());
		repository.latest().stream()
			.filter(other -> other.isCurrent() && !Long.valueOf(other.ruleId()).equals(ruleId))
			.filter(other -> RuleCheck.scope(other.terms()).equals(scope))
			.findFirst()
			.ifPresent(other -> {
				throw new InvalidInputException(
						List.of(Violation.of("categoryCode", "catalog.error.duplicateRule", other.ruleId())));
			});
		return checked.terms();
	}
}
