package org.whistle.catalog.category;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

import org.whistle.catalog.input.Violation;

/** What makes a category code and a category name valid. */
final class CategoryRules {

	static final int MAX_LEVEL = 3;

	static final int MAX_NAME_LENGTH = 100;

	private static final Pattern CODE = Pattern.compile("(0[1-9]|[1-9][0-9]){1," + MAX_LEVEL + "}");

	private CategoryRules() {
	}

	static boolean isValidCode(String code) {
		return code != null && CODE.matcher(code).matches();
	}

	static int levelOf(String code) {
		return code.length() / 2;
	}

	/** The parent's code; {@code null} for a top-level code. */
	static String parentOf(String code) {
		return code.length() == 2 ? null : code.substring(0, code.length() - 2);
	}

	/** The first free code under a parent ({@code null}: the top level) after its children's codes. */
	static Optional<String> nextCode(String parentCode, Collection<String> childCodes) {
		int last = childCodes.stream().mapToInt(code -> Integer.parseInt(code.substring(code.length() - 2))).max().orElse(0);
		if (last >= 99) {
			return Optional.empty();
		}
		return Optional.of((parentCode == null ? "" : parentCode) + "%02d".formatted(last + 1));
	}

	static Optional<Violation> checkName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
			return Optional.of(Violation.of("name", "catalog.error.categoryName", MAX_NAME_LENGTH));
		}
		return Optional.empty();
	}
}
