package org.whistle;

/**
 * Masks a caller's name, phone and e-mail for everyone who does not need them: logs, exports,
 * public pages, and the roles that only count or rank orders.
 */
public final class PersonalData {

	private PersonalData() {
	}

	/** {@code 13812345678} → {@code 138****5678}; short numbers keep only their last two digits. */
	public static String maskPhone(String phone) {
		if (phone == null || phone.isBlank()) {
			return phone;
		}
		String digits = phone.strip();
		if (digits.length() >= 7) {
			return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
		}
		return "*".repeat(Math.max(0, digits.length() - 2)) + digits.substring(Math.max(0, digits.length() - 2));
	}

	/** {@code 王小明} → {@code 王**}: the family name stays, so staff can still say 王先生/女士. */
	public static String maskName(String name) {
		if (name == null || name.isBlank()) {
			return name;
		}
		String stripped = name.strip();
		int first = stripped.offsetByCodePoints(0, 1);
		return stripped.substring(0, first) + "*".repeat(stripped.codePointCount(first, stripped.length()));
	}

	/** {@code wang.fang@example.org} → {@code w***@example.org}. */
	public static String maskEmail(String email) {
		if (email == null || email.isBlank()) {
			return email;
		}
		int at = email.indexOf('@');
		if (at <= 0) {
			return "***";
		}
		return email.charAt(0) + "***" + email.substring(at);
	}
}
