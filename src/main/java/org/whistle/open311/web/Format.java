package org.whistle.open311.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Optional;

import org.springframework.http.MediaType;

/** The two formats of Open311, chosen by the suffix of the path. */
enum Format {
	JSON(new MediaType("application", "json", UTF_8)),
	XML(new MediaType("text", "xml", UTF_8));

	private final MediaType mediaType;

	Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return mediaType;
	}

	static Optional<Format> of(String suffix) {
		return switch (suffix) {
			case "json" -> Optional.of(JSON);
			case "xml" -> Optional.of(XML);
			default -> Optional.empty();
		};
	}

	/** The format a path asks for; JSON when it names none, so that every error can be answered. */
	static Format ofPath(String path) {
		return path.endsWith(".xml") ? XML : JSON;
	}
}
