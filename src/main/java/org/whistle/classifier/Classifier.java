package org.whistle.classifier;

import java.util.List;
import java.util.Optional;

/** Suggests categories for a request's text with the published model, the latest one on any node. */
public interface Classifier {

	/** The {@code limit} most probable categories, best first; empty when no model is published. */
	List<Suggestion> suggest(String text, int limit);

	/** The model in use, if one is published. */
	Optional<ModelVersion> current();
}
