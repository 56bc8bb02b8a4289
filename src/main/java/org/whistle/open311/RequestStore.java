package org.whistle.open311;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What Open311 keeps of a submitted request besides its work order: token, client, media, attributes. */
@Repository
class RequestStore {

	private final JdbcClient jdbc;
	private final Clock clock;

	RequestStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void insert(long orderId, String token, long clientId, String mediaUrl, Map<String, List<String>> attributes) {
		jdbc.sql("INSERT INTO open311_request (order_id, token, client_id, media_url, submitted_at) "
				+ "VALUES (:order, :token, :client, :media, :now)")
			.param("order", orderId).param("token", token).param("client", clientId).param("media", mediaUrl)
			.param("now", OffsetDateTime.now(clock))
			.update();
		attributes.forEach((code, values) -> {
			for (int i = 0; i < values.size(); i++) {
				jdbc.sql("INSERT INTO open311_request_attribute (order_id, code, value_position, value_text) "
						+ "VALUES (:order, :code, :position, :value)")
					.param("order", orderId).param("code", code).param("position", i).param("value", values.get(i))
					.update();
			}
		});
	}

	Optional<Long> orderOf(String token) {
		return jdbc.sql("SELECT order_id FROM open311_request WHERE token = :token").param("token", token)
			.query(Long.class).optional();
	}

	/** The media URLs of those of these orders that a client submitted with one. */
	Map<Long, String> mediaUrls(Collection<Long> orderIds) {
		if (orderIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT order_id, media_url FROM open311_request WHERE order_id IN (:ids) "
				+ "AND media_url IS NOT NULL")
			.param("ids", List.copyOf(orderIds))
			.query((rs, n) -> Map.entry(rs.getLong("order_id"), rs.getString("media_url")))
			.list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}
}
