package org.whistle.catalog.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.whistle.catalog.Category;
import org.whistle.catalog.input.CsvRow;
import org.whistle.catalog.input.RowViolation;
import org.whistle.catalog.input.Violation;

/**
 * Checks a category file against the taxonomy and works out the changes, without touching
 * the database, so that a file with any violation writes nothing.
 * <p>
 * Rows are upserted by code. The optional {@code active} column retires or restores a
 * category; without it, existing categories keep their state and new ones are active.
 * Retiring a category retires its descendants unless the file says they stay active, which
 * is a violation.
 */
final class CategoryImport {

	static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code");

	static final String ACTIVE = "active";

	record Plan(List<Category> created, List<Category> changed, int unchanged, List<RowViolation> violations) {
	}

	private final Map<String, Category> before = new HashMap<>();

	/** The taxonomy as it would be after the import, ordered by code: parents before children. */
	private final Map<String, Category> after = new TreeMap<>();

	private final Map<String, Integer> rowOfCode = new HashMap<>();

	private final Set<String> saidActive = new HashSet<>();

	private final List<RowViolation> violations = new ArrayList<>();

	private CategoryImport(List<Category> existing) {
		existing.forEach(category -> before.put(category.code(), category));
		after.putAll(before);
	}

	static Plan plan(List<CsvRow> rows, List<Category> existing) {
		CategoryImport plan = new CategoryImport(existing);
		rows.forEach(plan::read);
		plan.checkParents();
		plan.checkSiblingNames();
		return plan.result();
	}

	private void read(CsvRow row) {
		String code = row.get("code");
		if (!CategoryRules.isValidCode(code)) {
			reject(row.row(), Violation.of("code", "catalog.error.categoryCode", code));
			return;
		}
		if (rowOfCode.containsKey(code)) {
			reject(row.row(), Violation.of("code", "catalog.error.duplicateCode", code, rowOfCode.get(code)));
			return;
		}
		rowOfCode.put(code, row.row());
		int level = CategoryRules.levelOf(code);
		String parent = CategoryRules.parentOf(code);
		if (!row.get("level").equals(String.valueOf(level))) {
			reject(row.row(), Violation.of("level", "catalog.error.categoryLevel", code, level));
		}
		if (!row.get("parent_code").equals(Objects.toString(parent, ""))) {
			reject(row.row(), Violation.of("parentCode", "catalog.error.categoryParent", code, Objects.toString(parent, "")));
		}
		CategoryRules.checkName(row.get("name")).ifPresent(violation -> reject(row.row(), violation));
		Optional<Boolean> active = row.bool(ACTIVE, violation -> reject(row.row(), violation));
		Category old = before.get(code);
		boolean state = active.orElse(old == null || old.active());
		if (active.orElse(false)) {
			saidActive.add(code);
		}
		after.put(code, new Category(code, row.get("name").strip(), level, parent, state));
	}

	private void checkParents() {
		for (Category category : List.copyOf(after.values())) {
			if (category.parentCode() == null) {
				continue;
			}
			Category parent = after.get(category.parentCode());
			Integer row = rowOfCode.get(category.code());
			if (parent == null) {
				reject(row, Violation.of("parentCode", "catalog.error.unknownParent", category.code(), category.parentCode()));
			}
			else if (!parent.active() && category.active()) {
				if (saidActive.contains(category.code())) {
					reject(row, Violation.of(ACTIVE, "catalog.error.parentInactive", category.code(), parent.code()));
				}
				after.put(category.code(), new Category(category.code(), category.name(), category.level(),
						category.parentCode(), false));
			}
		}
	}

	private void checkSiblingNames() {
		Map<String, List<Category>> byParentAndName = after.values().stream()
			.collect(Collectors.groupingBy(category -> category.parentCode() + "/" + category.name()));
		for (List<Category> namesakes : byParentAndName.values()) {
			if (namesakes.size() < 2) {
				continue;
			}
			for (Category category : namesakes) {
				Integer row = rowOfCode.get(category.code());
				String other = namesakes.stream().map(Category::code).filter(code -> !code.equals(category.code()))
					.findFirst().orElseThrow();
				if (row != null) {
					reject(row, Violation.of("name", "catalog.error.duplicateName", category.name(), other));
				}
			}
		}
	}

	private Plan result() {
		if (!violations.isEmpty()) {
			violations.sort(Comparator.comparingInt(RowViolation::row));
			return new Plan(List.of(), List.of(), 0, violations);
		}
		List<Category> created = after.values().stream().filter(c -> !before.containsKey(c.code())).toList();
		List<Category> changed = after.values().stream()
			.filter(c -> before.containsKey(c.code()) && !before.get(c.code()).equals(c))
			.toList();
		int unchanged = (int) rowOfCode.keySet().stream().filter(code -> after.get(code).equals(before.get(code))).count();
		return new Plan(created, changed, unchanged, List.of());
	}

	private void reject(int row, Violation violation) {
		violations.add(new RowViolation(row, violation));
	}
}
