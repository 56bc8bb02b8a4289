package org.whistle.scorecard;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published scorecards: each version's numbers as they were, row by row. */
@Repository
class PublicationStore {

	record Frozen(Scorecard.Publication publication, List<UnitScore> scores) {
	}

	private final JdbcClient jdbc;

	PublicationStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Frozen> latest(Period period, Level level) {
		return jdbc.sql("SELECT id, version, published_at, published_by, reason FROM scorecard_publication "
				+ "WHERE period = :period AND level = :level ORDER BY version DESC LIMIT 1")
			.param("period", period.toString()).param("level", level.name())
			.query((rs, n) -> new Object[] { rs.getLong("id"), new Scorecard.Publication(rs.getInt("version"),
					rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
					rs.getString("reason")) })
			.optional()
			.map(row -> new Frozen((Scorecard.Publication) row[1], snapshot((Long) row[0])));
	}

	List<Scorecard.Publication> versions(Period period, Level level) {
		return jdbc.sql("SELECT version, published_at, published_by, reason FROM scorecard_publication "
				+ "WHERE period = :period AND level = :level ORDER BY version")
			.param("period", period.toString()).param("level", level.name())
			.query((rs, n) -> new Scorecard.Publication(rs.getInt("version"),
					rs.getObject("published_at", OffsetDateTime.class).toInstant(), rs.getString("published_by"),
					rs.getString("reason")))
			.list();
	}

	/** Stores a new version with its rows; returns the version number. */
	int publish(Scorecard card, Instant at, String by, String reason) {
		int version = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM scorecard_publication "
				+ "WHERE period = :period AND level = :level")
			.param("period", card.period().toString()).param("level", card.level().name())
			.query(Integer.class).single();
		jdbc.sql("INSERT INTO scorecard_publication (period, level, version, published_at, published_by, reason) "
				+ "VALUES (:period, :level, :version, :at, :by, :reason)")
			.param("period", card.period().toString()).param("level", card.level().name()).param("version", version)
			.param("at", FactStore.utc(at)).param("by", by).param("reason", reason)
			.update();
		long id = jdbc.sql("SELECT id FROM scorecard_publication WHERE period = :period AND level = :level "
				+ "AND version = :version")
			.param("period", card.period().toString()).param("level", card.level().name()).param("version", version)
			.query(Long.class).single();
		for (UnitScore s : card.units()) {
			Tally t = s.tally();
			Rates r = s.rates();
			jdbc.sql("INSERT INTO scorecard_snapshot (publication_id, unit_key, unit_id, unit_code, unit_name, received, dispatched, "
					+ "signed_on_time, contacted_on_time, replied_on_time, overdue, reopened, excluded, callbacks, "
					+ "contacted_in_time, solved, satisfied, basically_satisfied, response_rate, resolution_rate, "
					+ "satisfaction_rate, composite) VALUES (:id, :key, :unitId, :code, :name, :received, :dispatched, :signed, "
					+ ":contacted, :replied, :overdue, :reopened, :excluded, :callbacks, :inTime, :solved, :satisfied, "
					+ ":basically, :response, :resolution, :satisfaction, :composite)")
				.param("id", id).param("key", s.key()).param("unitId", s.unitId())
				.param("code", s.code()).param("name", s.name())
				.param("received", t.received()).param("dispatched", t.dispatched())
				.param("signed", t.signedOnTime()).param("contacted", t.contactedOnTime())
				.param("replied", t.repliedOnTime()).param("overdue", t.overdue()).param("reopened", t.reopened())
				.param("excluded", t.excluded()).param("callbacks", t.callbacks()).param("inTime", t.contactedInTime())
				.param("solved", t.solved()).param("satisfied", t.satisfied()).param("basically", t.basicallySatisfied())
				.param("response", r.response()).param("resolution", r.resolution())
				.param("satisfaction", r.satisfaction()).param("composite", r.composite())
				.update();
		}
		return version;
	}

	private List<UnitScore> snapshot(long publicationId) {
		return jdbc.sql("SELECT * FROM scorecard_snapshot WHERE publication_id = :id")
			.param("id", publicationId)
			.query((rs, n) -> score(rs))
			.list();
	}

	private static UnitScore score(ResultSet rs) throws SQLException {
		return new UnitScore(rs.getString("unit_key"), rs.getObject("unit_id", Long.class), rs.getString("unit_code"), rs.getString("unit_name"), FactStore.tally(rs),
				new Rates(decimal(rs, "response_rate"), decimal(rs, "resolution_rate"), decimal(rs, "satisfaction_rate"),
						decimal(rs, "composite")),
				0, null, 0);
	}

	private static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : value.setScale(2);
	}
}
