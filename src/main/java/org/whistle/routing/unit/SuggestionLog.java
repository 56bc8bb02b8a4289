package org.whistle.routing.unit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.whistle.city.Unit;
import org.whistle.routing.Acceptance;
import org.whistle.routing.UnitGuess;

/**
 * The lead units suggested to dispatchers (table {@code routing_suggestion}), one per order and
 * version shown, and what the dispatcher then chose: the acceptance rate is computed from them.
 */
@Repository
public class SuggestionLog {

	private final JdbcClient jdbc;

	SuggestionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the suggestion shown for the order at this version, once however often it is shown. */
	public void shown(long orderId, long orderVersion, Unit lead, UnitGuess guess, Instant at) {
		try {
			jdbc.sql("INSERT INTO routing_suggestion (order_id, order_version, suggested_unit_id, co_unit_ids, reason, "
					+ "suggested_at) SELECT :order, :version, :lead, :co, :reason, :at WHERE NOT EXISTS "
					+ "(SELECT 1 FROM routing_suggestion WHERE order_id = :order AND order_version = :version)")
				.param("order", orderId).param("version", orderVersion).param("lead", lead.id())
				.param("co", guess.coUnits().stream().map(u -> String.valueOf(u.id())).collect(Collectors.joining(",")))
				.param("reason", guess.reason().length() > 1000 ? guess.reason().substring(0, 1000) : guess.reason())
				.param("at", utc(at))
				.update();
		}
		catch (DuplicateKeyException shownAtOnceElsewhere) {
			// another dispatcher's page recorded the same suggestion a moment before
		}
	}

	/**
	 * Records the dispatcher's choice on the order's latest undecided suggestion.
	 *
	 * @return whether there was one
	 */
	public boolean decided(long orderId, long chosenUnitId, long byId, String byName, Instant at) {
		return jdbc.sql("UPDATE routing_suggestion SET chosen_unit_id = :chosen, accepted = (suggested_unit_id = :chosen), "
				+ "decided_by = :by, decided_by_name = :name, decided_at = :at WHERE id = (SELECT MAX(id) FROM "
				+ "routing_suggestion WHERE order_id = :order AND decided_at IS NULL)")
			.param("chosen", chosenUnitId).param("by", byId).param("name", byName).param("at", utc(at))
			.param("order", orderId)
			.update() > 0;
	}

	public Acceptance acceptance(Instant from, Instant to) {
		return jdbc.sql("SELECT COUNT(*) AS decided, COALESCE(SUM(CASE WHEN accepted THEN 1 ELSE 0 END), 0) AS accepted "
				+ "FROM routing_suggestion WHERE decided_at >= :from AND decided_at < :to")
			.param("from", utc(from)).param("to", utc(to))
			.query((rs, n) -> Acceptance.of(from, to, rs.getLong("decided"), rs.getLong("accepted")))
			.single();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
