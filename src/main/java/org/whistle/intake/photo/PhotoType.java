package org.whistle.intake.photo;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The image types a photo may have, with the file name endings that belong to each. */
enum PhotoType {

	JPEG("image/jpeg", ".jpg", ".jpeg"), PNG("image/png", ".png"), WEBP("image/webp", ".webp"), GIF("image/gif", ".gif");

	private final String mediaType;
	private final List<String> endings;

	PhotoType(String mediaType, String... endings) {
		this.mediaType = mediaType;
		this.endings = List.of(endings);
	}

	static Optional<PhotoType> of(String mediaType) {
		return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
	}

	String mediaType() {
		return mediaType;
	}

	/** The ending the name has if it is one of this type's (in the name's own case), else the usual one. */
	String endingOf(String name) {
		return endings.stream()
			.filter(ending -> name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length()))
			.map(ending -> name.substring(name.length() - ending.length()))
			.findFirst()
			.orElse(endings.get(0));
	}
}
