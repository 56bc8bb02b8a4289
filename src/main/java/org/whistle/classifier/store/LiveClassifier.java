package org.whistle.classifier.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.whistle.Freshness;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.whistle.classifier.Classifier;
import org.whistle.classifier.ModelPublished;
import org.whistle.classifier.ModelVersion;
import org.whistle.classifier.Suggestion;
import org.whistle.classifier.model.TextClassifier;

/**
 * The classifier with the latest published model, swapped without a restart: a model published on
 * this node marks it stale; otherwise it asks the store for the latest version at most once per
 * {@code whistle.classifier.check-interval}, so models published elsewhere (another node, the
 * {@code classify-publish} command) arrive too. The swap replaces one immutable pair, so a
 * suggestion is always made by one whole model.
 */
@Component
class LiveClassifier implements Classifier {

	private record Loaded(ModelVersion version, TextClassifier classifier) {
	}

	private final ModelStore store;

	private final Freshness freshness;

	private volatile Loaded loaded;

	LiveClassifier(ModelStore store, @Value("${whistle.classifier.check-interval:5s}") Duration checkInterval) {
		this.store = store;
		this.freshness = new Freshness(checkInterval);
	}

	@Override
	public List<Suggestion> suggest(String text, int limit) {
		Loaded model = current0();
		if (model == null || text == null || text.isBlank()) {
			return List.of();
		}
		List<Suggestion> ranked = model.classifier().rank(text);
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	@Override
	public Optional<ModelVersion> current() {
		return Optional.ofNullable(current0()).map(Loaded::version);
	}

	@TransactionalEventListener
	void published(ModelPublished event) {
		freshness.markStale();
	}

	private Loaded current0() {
		stayCurrent();
		return loaded;
	}

	private void stayCurrent() {
		freshness.ensure(() -> {
			long latest = store.latestVersion();
			if (latest == 0) {
				loaded = null;
			}
			else if (loaded == null || loaded.version().version() != latest) {
				loaded = load(latest);
			}
		});
	}

	private Loaded load(long version) {
		ModelVersion about = store.find(version).orElseThrow();
		byte[] bytes = store.model(version).orElseThrow();
		try {
			return new Loaded(about, TextClassifier.load(new ByteArrayInputStream(bytes)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("classifier model " + version + " cannot be read", e);
		}
	}
}
