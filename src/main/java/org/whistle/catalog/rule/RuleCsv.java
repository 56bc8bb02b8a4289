package org.whistle.catalog.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.catalog.input.CsvFiles;
import org.whistle.catalog.input.CsvTable;
import org.whistle.catalog.input.ImportResult;

/**
 * The responsibility catalog as a CSV file: the latest version of every rule, with the columns
 * {@code rule_id, version, category_code, area_code, lead_kind, lead_unit, co_units,
 * sign_for_hours, contact_hours, resolution_days, urgent_sign_for_hours,
 * urgent_contact_hours, urgent_resolution_hours, active}.
 */
@Service
public class RuleCsv {

	private final Rules rules;

	private final RuleCheck check;

	RuleCsv(Rules rules, RuleCheck check) {
		this.rules = rules;
		this.check = check;
	}

	public void export(Writer target) throws IOException {
		List<String> columns = new ArrayList<>(RuleImport.COLUMNS);
		columns.add(1, RuleImport.VERSION);
		columns.add(RuleImport.ACTIVE);
		try (CSVPrinter printer = CsvFiles.write(target, columns)) {
			for (RuleVersion version : rules.latest()) {
				RuleDraft draft = RuleDraft.of(version.terms());
				printer.printRecord(version.ruleId(), version.version(), draft.categoryCode(), draft.areaCode(),
						draft.leadKind(), draft.leadUnit(), draft.coUnits(), draft.signForHours(), draft.contactHours(),
						draft.resolutionDays(), draft.urgentSignForHours(), draft.urgentContactHours(),
						draft.urgentResolutionHours(), version.isCurrent());
			}
		}
	}

	/** Creates and versions the file's rules at one instant; a file with any violation changes nothing. */
	@Transactional
	public ImportResult importFrom(InputStream source, String changedBy) {
		CsvTable table = CsvFiles.read(source, RuleImport.COLUMNS);
		if (!table.violations().isEmpty()) {
			return ImportResult.rejected(table.violations());
		}
		RuleImport.Plan plan = RuleImport.plan(table.rows(), rules.latest(), check);
		if (!plan.violations().isEmpty()) {
			return ImportResult.rejected(plan.violations());
		}
		Instant now = Rules.now();
		plan.created().forEach(terms -> rules.create(terms, changedBy, now));
		plan.replaced().forEach((latest, terms) -> rules.replace(latest, terms, changedBy, now));
		plan.ended().forEach(current -> rules.end(current, now));
		return new ImportResult(plan.created().size(), plan.replaced().size() + plan.ended().size(), plan.unchanged(),
				List.of());
	}
}
