package org.whistle.classifier.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;
import org.whistle.classifier.ModelPublished;
import org.whistle.classifier.ModelVersion;
import org.whistle.classifier.model.TextClassifier;

/** The published models, each a version; the highest is the one in use. */
@Repository
public class ModelStore {

	private static final String COLUMNS = "version, categories, learner, source, published_by, published_at";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ModelStore(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** Stores the model as the next version, in use from now on, and records who did it. */
	@Transactional
	public ModelVersion publish(TextClassifier classifier, String source, String by) {
		String categories = String.join("\n", classifier.categories());
		OffsetDateTime at = OffsetDateTime.now(clock);
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO classifier_model (categories, learner, source, model, published_by, published_at) "
				+ "VALUES (:categories, :learner, :source, :model, :by, :at)")
			.param("categories", categories)
			.param("learner", classifier.learner().name())
			.param("source", cut(source))
			.param("model", classifier.bytes())
			.param("by", by)
			.param("at", at)
			.update(keys, "version");
		long version = keys.getKey().longValue();
		events.publishEvent(new ModelPublished(version));
		events.publishEvent(new AuditRecord(by, "classifier.published", "classifier-model", String.valueOf(version),
				classifier.learner() + " from " + cut(source) + ": " + String.join(", ", classifier.categories())));
		return new ModelVersion(version, classifier.categories(), classifier.learner().name(), cut(source), by,
				at.toInstant());
	}

	/** The version in use, 0 when none is published. */
	public long latestVersion() {
		return jdbc.sql("SELECT COALESCE(MAX(version), 0) FROM classifier_model").query(Long.class).single();
	}

	public Optional<ModelVersion> find(long version) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM classifier_model WHERE version = :version")
			.param("version", version).query(ModelStore::version).optional();
	}

	public List<ModelVersion> versions() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM classifier_model ORDER BY version DESC")
			.query(ModelStore::version).list();
	}

	/** The stored model file of a version. */
	public Optional<byte[]> model(long version) {
		return jdbc.sql("SELECT model FROM classifier_model WHERE version = :version")
			.param("version", version).query((rs, row) -> rs.getBytes(1)).optional();
	}

	private static ModelVersion version(ResultSet rs, int row) throws SQLException {
		return new ModelVersion(rs.getLong("version"), Arrays.asList(rs.getString("categories").split("\n")),
				rs.getString("learner"), rs.getString("source"), rs.getString("published_by"),
				rs.getObject("published_at", OffsetDateTime.class).toInstant());
	}

	private static String cut(String source) {
		return source.length() <= 500 ? source : source.substring(0, 500);
	}
}
