package org.whistle.intake.photo;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name a photo is stored and served under: the submitted name without folders, control,
 * direction or shell characters, at most 200 characters, and ending as its type does.
 */
final class PhotoNames {

	static final int MAX_LENGTH = 200;

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}<>:\"|?*]+");
	private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");
	private static final Pattern LEADING = Pattern.compile("^[.\\s_]+");

	private PhotoNames() {
	}

	/** The submitted name made harmless, "photo" when nothing of it is left. */
	static String plain(String submitted) {
		String name = clean(submitted);
		return name.isEmpty() ? "photo" : cut(name, MAX_LENGTH);
	}

	/** The plain name, ending as a file of the type does. */
	static String of(String submitted, PhotoType type) {
		String name = clean(submitted);
		String ending = type.endingOf(name);
		String stem = name.endsWith(ending) ? name.substring(0, name.length() - ending.length()).strip() : name;
		return (stem.isEmpty() ? "photo" : cut(stem, MAX_LENGTH - ending.length())) + ending;
	}

	private static String clean(String submitted) {
		String name = submitted == null ? "" : submitted.substring(Math.max(submitted.lastIndexOf('/'),
				submitted.lastIndexOf('\\')) + 1);
		name = UNSAFE.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll("_");
		return LEADING.matcher(SPACES.matcher(name).replaceAll(" ")).replaceAll("").strip();
	}

	private static String cut(String text, int length) {
		if (text.length() <= length) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
		return text.substring(0, end).strip();
	}
}
