package org.whistle.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.whistle.Digests;

/** Which order a tracking number stands for, and the digest of its rating key. */
@Repository
class Tickets {

	private final JdbcClient jdbc;

	Tickets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Ticket(String trackingNo, long orderId, String ratingKeyHash) {

		boolean opensWith(String ratingKey) {
			return ratingKey != null && !ratingKey.isBlank()
					&& MessageDigest.isEqual(ratingKeyHash.getBytes(StandardCharsets.US_ASCII),
							Digests.sha256Hex(ratingKey).getBytes(StandardCharsets.US_ASCII));
		}
	}

	void insert(String trackingNo, long orderId, String ratingKey, Instant at) {
		jdbc.sql("INSERT INTO portal_ticket (tracking_no, order_id, rating_key_hash, created_at) "
				+ "VALUES (:no, :order, :hash, :at)")
			.param("no", trackingNo).param("order", orderId).param("hash", Digests.sha256Hex(ratingKey))
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
	}

	Optional<Ticket> find(String trackingNo) {
		return jdbc.sql("SELECT tracking_no, order_id, rating_key_hash FROM portal_ticket WHERE tracking_no = :no")
			.param("no", trackingNo)
			.query((rs, n) -> new Ticket(rs.getString("tracking_no"), rs.getLong("order_id"),
					rs.getString("rating_key_hash")))
			.optional();
	}
}
