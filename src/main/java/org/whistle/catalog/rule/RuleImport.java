package org.whistle.catalog.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.whistle.catalog.input.CsvRow;
import org.whistle.catalog.input.RowViolation;
import org.whistle.catalog.input.Violation;

/**
 * Checks a rule file against the catalog and works out the changes, without touching the
 * database, so that a file with any violation writes nothing.
 * <p>
 * A row without {@code rule_id} creates a rule; a row with one gives that rule a new version
 * if its terms differ, or ends it when {@code active} is {@code false}. Rules missing from
 * the file stay as they are. The {@code version} column is informational.
 */
final class RuleImport {

	static final List<String> COLUMNS = List.of("rule_id", "category_code", "area_code", "lead_kind", "lead_unit",
			"co_units", "sign_for_hours", "contact_hours", "resolution_days", "urgent_sign_for_hours",
			"urgent_contact_hours", "urgent_resolution_hours");

	static final String VERSION = "version";

	static final String ACTIVE = "active";

	record Plan(List<RuleTerms> created, Map<RuleVersion, RuleTerms> replaced, List<RuleVersion> ended, int unchanged,
			List<RowViolation> violations) {
	}

	/** A valid row: the rule it edits ({@code null} for a new one) and what it should be. */
	private record Entry(int row, RuleVersion latest, RuleTerms terms, boolean active) {
	}

	private final Map<Long, RuleVersion> latestById;

	private final RuleCheck check;

	private final Map<Long, Integer> rowOfRule = new HashMap<>();

	private final List<Entry> entries = new ArrayList<>();

	private final List<RowViolation> violations = new ArrayList<>();

	private RuleImport(List<RuleVersion> latest, RuleCheck check) {
		this.latestById = latest.stream()
			.collect(Collectors.toMap(RuleVersion::ruleId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		this.check = check;
	}

	static Plan plan(List<CsvRow> rows, List<RuleVersion> latest, RuleCheck check) {
		RuleImport plan = new RuleImport(latest, check);
		rows.forEach(plan::read);
		plan.checkScopes();
		return plan.result();
	}

	static RuleDraft draft(CsvRow row) {
		return new RuleDraft(row.get("category_code"), row.get("area_code"), row.get("lead_kind"), row.get("lead_unit"),
				row.get("co_units"), row.get("sign_for_hours"), row.get("contact_hours"), row.get("resolution_days"),
				row.get("urgent_sign_for_hours"), row.get("urgent_contact_hours"), row.get("urgent_resolution_hours"));
	}

	private void read(CsvRow row) {
		int before = violations.size();
		RuleVersion latest = rule(row);
		Optional<Boolean> active = row.bool(ACTIVE, violation -> reject(row.row(), violation));
		RuleCheck.Checked checked = check.check(draft(row));
		checked.violations().forEach(violation -> reject(row.row(), violation));
		if (row.get("rule_id").isEmpty() && !active.orElse(true)) {
			reject(row.row(), Violation.of(ACTIVE, "catalog.error.newRuleInactive"));
		}
		if (violations.size() == before) {
			entries.add(new Entry(row.row(), latest, checked.terms(), active.orElse(true)));
		}
	}

	private RuleVersion rule(CsvRow row) {
		String id = row.get("rule_id");
		if (id.isEmpty()) {
			return null;
		}
		RuleVersion latest = null;
		try {
			latest = latestById.get(Long.parseLong(id));
		}
		catch (NumberFormatException e) {
			// an id that is no number is unknown like any other
		}
		if (latest == null) {
			reject(row.row(), Violation.of("ruleId", "catalog.error.unknownRule", id));
		}
		else if (rowOfRule.putIfAbsent(latest.ruleId(), row.row()) != null) {
			reject(row.row(), Violation.of("ruleId", "catalog.error.repeatedRule", id, rowOfRule.get(latest.ruleId())));
		}
		return latest;
	}

	/** Two rules active after the import may not cover the same category and area. */
	private void checkScopes() {
		Map<String, List<Entry>> byScope = new HashMap<>();
		latestById.values().stream()
			.filter(version -> version.isCurrent() && !rowOfRule.containsKey(version.ruleId()))
			.forEach(version -> byScope.computeIfAbsent(RuleCheck.scope(version.terms()), scope -> new ArrayList<>())
				.add(new Entry(0, version, version.terms(), true)));
		entries.stream()
			.filter(Entry::active)
			.forEach(entry -> byScope.computeIfAbsent(RuleCheck.scope(entry.terms()), scope -> new ArrayList<>()).add(entry));
		for (List<Entry> rivals : byScope.values()) {
			for (Entry entry : rivals) {
				if (rivals.size() < 2 || entry.row() == 0) {
					continue;
				}
				Entry other = rivals.get(rivals.get(0) == entry ? 1 : 0);
				reject(entry.row(), other.latest() != null
						? Violation.of("categoryCode", "catalog.error.duplicateRule", other.latest().ruleId())
						: Violation.of("categoryCode", "catalog.error.duplicateRow", other.row()));
			}
		}
	}

	private Plan result() {
		if (!violations.isEmpty()) {
			violations.sort(Comparator.comparingInt(RowViolation::row));
			return new Plan(List.of(), Map.of(), List.of(), 0, violations);
		}
		List<RuleTerms> created = new ArrayList<>();
		Map<RuleVersion, RuleTerms> replaced = new LinkedHashMap<>();
		List<RuleVersion> ended = new ArrayList<>();
		int unchanged = 0;
		for (Entry entry : entries) {
			RuleVersion latest = entry.latest();
			if (latest == null) {
				created.add(entry.terms());
			}
			else if (entry.active() && !(latest.isCurrent() && Objects.equals(latest.terms(), entry.terms()))) {
				replaced.put(latest, entry.terms());
			}
			else if (!entry.active() && latest.isCurrent()) {
				ended.add(latest);
			}
			else {
				unchanged++;
			}
		}
		return new Plan(created, replaced, ended, unchanged, List.of());
	}

	private void reject(int row, Violation violation) {
		violations.add(new RowViolation(row, violation));
	}
}
