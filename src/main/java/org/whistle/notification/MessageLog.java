package org.whistle.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Every message to a caller, as stored in {@code message_log}. */
@Repository
public class MessageLog {

	private static final String COLUMNS = "id, order_id, order_no, occasion, occasion_version, channel, recipient, "
			+ "subject, text, status, error, provider, created_at, sent_at";

	private final JdbcClient jdbc;

	MessageLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Logs the message as pending and returns its id; empty when it was logged before. */
	Optional<Long> claim(OutgoingMessage message, Instant now) {
		var key = new GeneratedKeyHolder();
		Occasion occasion = message.occasion();
		int inserted = jdbc.sql("INSERT INTO message_log (order_id, order_no, occasion, occasion_version, channel, "
				+ "recipient, subject, text, status, created_at) VALUES (:orderId, :orderNo, :occasion, :version, "
				+ ":channel, :recipient, :subject, :text, :status, :now) ON CONFLICT DO NOTHING")
				.param("orderId", occasion.orderId())
				.param("orderNo", occasion.orderNo())
				.param("occasion", occasion.kind())
				.param("version", occasion.version())
				.param("channel", message.channel().name())
				.param("recipient", message.recipient())
				.param("subject", message.subject())
				.param("text", message.text())
				.param("status", MessageStatus.PENDING.name())
				.param("now", at(now))
				.update(key, "id");
		return inserted == 0 ? Optional.empty() : Optional.of(key.getKeyAs(Number.class).longValue());
	}

	void complete(long id, Delivery delivery, Instant now) {
		jdbc.sql("UPDATE message_log SET status = :status, provider = :provider, error = :error, sent_at = :sentAt "
				+ "WHERE id = :id")
				.param("status", delivery.status().name())
				.param("provider", delivery.provider())
				.param("error", delivery.error())
				.param("sentAt", delivery.status() == MessageStatus.SENT ? at(now) : null)
				.param("id", id)
				.update();
	}

	/** One page of the log, newest first, with one row more than the page when another page follows. */
	public List<LoggedMessage> find(MessageFilter filter) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM message_log " + filter.where()
				+ " ORDER BY id DESC LIMIT :limit OFFSET :offset")
				.params(filter.params())
				.param("limit", filter.size() + 1)
				.param("offset", filter.page() * filter.size())
				.query(MessageLog::row)
				.list();
	}

	private static LoggedMessage row(ResultSet rs, int n) throws SQLException {
		var occasion = new Occasion(rs.getLong("order_id"), rs.getString("order_no"), rs.getString("occasion"),
				rs.getLong("occasion_version"));
		return new LoggedMessage(rs.getLong("id"), occasion, MessageChannel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("subject"), rs.getString("text"),
				MessageStatus.valueOf(rs.getString("status")), rs.getString("error"), rs.getString("provider"),
				instant(rs, "created_at"), instant(rs, "sent_at"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
