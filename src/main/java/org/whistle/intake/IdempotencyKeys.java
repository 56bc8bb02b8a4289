package org.whistle.intake;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.whistle.Digests;
import org.whistle.HeldInserts;

/** Remembers which order a client's Idempotency-Key created, and for which request body. */
@Repository
class IdempotencyKeys {

	private final JdbcClient jdbc;
	private final HeldInserts held;
	private final Clock clock;

	IdempotencyKeys(JdbcClient jdbc, HeldInserts held, Clock clock) {
		this.jdbc = jdbc;
		this.held = held;
		this.clock = clock;
	}

	record Seen(long orderId, String requestHash) {
	}

	Optional<Seen> find(long userId, String key) {
		return jdbc.sql("SELECT order_id, request_hash FROM intake_idempotency WHERE user_id = :user AND idem_key = :key")
			.param("user", userId).param("key", key)
			.query((rs, n) -> new Seen(rs.getLong("order_id"), rs.getString("request_hash")))
			.optional();
	}

	/**
	 * Written when the transaction commits; the commit fails with a duplicate key when another
	 * request with the same key got there first.
	 */
	void remember(long userId, String key, String requestHash, long orderId) {
		held.insert("INSERT INTO intake_idempotency (user_id, idem_key, request_hash, order_id, created_at) "
				+ "VALUES (:user, :key, :hash, :order, :now)", new MapSqlParameterSource().addValue("user", userId)
					.addValue("key", key).addValue("hash", requestHash).addValue("order", orderId)
					.addValue("now", OffsetDateTime.now(clock)));
	}

	static String hash(NewRequest request) {
		return Digests.sha256Hex(request.toString());
	}
}
