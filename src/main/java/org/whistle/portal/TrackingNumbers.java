package org.whistle.portal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The secrets a caller gets for a report. A tracking number is 12 random characters of Crockford's
 * base 32 (60 bits: not guessable, unlike the sequential order number), shown in groups of four
 * and read back forgivingly (case, dashes, spaces, O for 0, I and L for 1). A rating key is 256
 * random bits; only its digest is stored.
 */
final class TrackingNumbers {

	static final int LENGTH = 12;

	private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	private static final Pattern CANONICAL = Pattern.compile("[0-9A-HJKMNP-TV-Z]{" + LENGTH + "}");
	private static final SecureRandom RANDOM = new SecureRandom();

	private TrackingNumbers() {
	}

	static String newTrackingNo() {
		var number = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return number.toString();
	}

	static String newRatingKey() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The canonical form of what a caller typed; empty if it cannot be a tracking number. */
	static Optional<String> parse(String typed) {
		if (typed == null || typed.length() > 3 * LENGTH) {
			return Optional.empty();
		}
		String canonical = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
			.replace('L', '1');
		return CANONICAL.matcher(canonical).matches() ? Optional.of(canonical) : Optional.empty();
	}

	/** {@code ABCD-EFGH-JKMN}: easier to read out and copy. */
	static String shown(String trackingNo) {
		return trackingNo.substring(0, 4) + "-" + trackingNo.substring(4, 8) + "-" + trackingNo.substring(8);
	}
}
