package org.whistle.classifier;

import java.time.Instant;
import java.util.List;

/** A published model: its version, what it tells apart, where it learnt, who published it when. */
public record ModelVersion(long version, List<String> categories, String learner, String source, String publishedBy,
		Instant publishedAt) {
}
