package org.whistle.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The area code rule (as Beijing's grid codes): a district has 6 digits, a street office 9, a
 * community 12 and a grid 15; each code is its parent's code followed by a 3-digit sequence.
 */
final class AreaCode {

	private static final int DISTRICT_LENGTH = 6;
	private static final int SEQUENCE_LENGTH = 3;

	private AreaCode() {
	}

	static int length(AreaLevel level) {
		return DISTRICT_LENGTH + SEQUENCE_LENGTH * level.ordinal();
	}

	/** The level that a well-formed code denotes; empty for anything else. */
	static Optional<AreaLevel> levelOf(String code) {
		if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.empty();
		}
		for (AreaLevel level : AreaLevel.values()) {
			if (code.length() == length(level)) {
				return Optional.of(level);
			}
		}
		return Optional.empty();
	}

	static boolean isValid(String code, AreaLevel level) {
		return levelOf(code).filter(level::equals).isPresent();
	}

	/** Whether {@code code} is a well-formed child code directly under {@code parentCode}. */
	static boolean isChildOf(String code, String parentCode) {
		Optional<AreaLevel> parentLevel = levelOf(parentCode);
		Optional<AreaLevel> level = levelOf(code);
		return parentLevel.isPresent() && level.isPresent()
				&& level.get().ordinal() == parentLevel.get().ordinal() + 1
				&& code.startsWith(parentCode)
				&& !code.endsWith("000");
	}

	/** The code of the enclosing area; empty for a district or a malformed code. */
	static Optional<String> parentOf(String code) {
		return levelOf(code).filter(level -> level != AreaLevel.DISTRICT)
				.map(level -> code.substring(0, code.length() - SEQUENCE_LENGTH));
	}

	/** The code and the codes of every area around it, innermost first; empty for a malformed code. */
	static List<String> selfAndAncestors(String code) {
		List<String> codes = new ArrayList<>();
		for (Optional<String> next = levelOf(code).map(level -> code); next.isPresent(); next = parentOf(next.get())) {
			codes.add(next.get());
		}
		return codes;
	}

	/** The code of the {@code sequence}-th child (from 1) of an area. */
	static String child(String parentCode, int sequence) {
		AreaLevel level = levelOf(parentCode).orElseThrow(() -> new IllegalArgumentException("Not an area code: " + parentCode));
		if (level == AreaLevel.GRID) {
			throw new IllegalArgumentException("A grid has no children: " + parentCode);
		}
		if (sequence < 1 || sequence > 999) {
			throw new IllegalArgumentException("A sequence has 3 digits, 001 to 999: " + sequence);
		}
		return parentCode + String.format("%03d", sequence);
	}
}
