package org.whistle.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;
import org.whistle.HeldInserts;

/** Every message to a caller, as stored in {@code message_log}. */
@Repository
public class MessageLog {

	private static final String COLUMNS = "id, order_id, order_no, occasion, occasion_version, channel, recipient, "
			+ "subject, text, status, error, provider, created_at, sent_at";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final HeldInserts held;

	MessageLog(JdbcClient jdbc, NamedParameterJdbcTemplate batch, HeldInserts held) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.held = held;
	}

	/**
	 * Queues the message for the postman, written when the transaction commits; a message logged
	 * before (the same occasion and channel) is not queued again.
	 */
	void queue(OutgoingMessage message, Instant now) {
		Occasion occasion = message.occasion();
		held.insert("INSERT INTO message_log (order_id, order_no, occasion, occasion_version, channel, recipient, "
				+ "subject, text, status, created_at) VALUES (:orderId, :orderNo, :occasion, :version, :channel, "
				+ ":recipient, :subject, :text, :status, :now) ON CONFLICT DO NOTHING", new MapSqlParameterSource()
					.addValue("orderId", occasion.orderId())
					.addValue("orderNo", occasion.orderNo())
					.addValue("occasion", occasion.kind())
					.addValue("version", occasion.version())
					.addValue("channel", message.channel().name())
					.addValue("recipient", message.recipient())
					.addValue("subject", message.subject())
					.addValue("text", message.text())
					.addValue("status", MessageStatus.PENDING.name())
					.addValue("now", at(now)));
	}

	/**
	 * Claims up to {@code max} queued messages, oldest first, for the postman holding
	 * {@code token}, and returns them. Messages another postman claimed before {@code staleBefore}
	 * count as queued again: that postman died or hangs. The ids are chosen first, each status
	 * by itself through the index on {@code (status, id)} (a condition on both statuses at once
	 * let PostgreSQL without statistics read the whole log), and the status is tested again in
	 * the update, so that of two postmen claiming at once the second skips what the first took.
	 */
	List<QueuedMessage> claim(int max, String token, Instant now, Instant staleBefore) {
		String waiting = "status IN ('PENDING', 'SENDING') AND (status = 'PENDING' OR claimed_at < :stale)";
		List<Long> ids = jdbc.sql("SELECT id FROM ((SELECT id FROM message_log WHERE status = 'PENDING' ORDER BY id "
				+ "LIMIT :max) UNION ALL (SELECT id FROM message_log WHERE status = 'SENDING' AND "
				+ "claimed_at < :stale ORDER BY id LIMIT :max)) waiting ORDER BY id LIMIT :max")
				.param("stale", at(staleBefore))
				.param("max", max)
				.query(Long.class)
				.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		jdbc.sql("UPDATE message_log SET status = 'SENDING', claim = :token, claimed_at = :now WHERE id IN (:ids) AND "
				+ waiting)
				.param("token", token)
				.param("now", at(now))
				.param("stale", at(staleBefore))
				.param("ids", ids)
				.update();
		return jdbc.sql("SELECT " + COLUMNS + " FROM message_log WHERE id IN (:ids) AND claim = :token "
				+ "AND status = 'SENDING' ORDER BY id")
				.param("ids", ids)
				.param("token", token)
				.query(MessageLog::queued)
				.list();
	}

	/** Records how the deliveries of a claim ended; a message another postman took over meanwhile is left to it. */
	void complete(String token, List<Delivered> deliveries, Instant now) {
		SqlParameterSource[] rows = deliveries.stream().map(d -> new MapSqlParameterSource()
				.addValue("status", d.delivery().status().name())
				.addValue("provider", d.delivery().provider())
				.addValue("error", d.delivery().error())
				.addValue("sentAt", d.delivery().status() == MessageStatus.SENT ? at(now) : null)
				.addValue("id", d.id())
				.addValue("token", token)).toArray(SqlParameterSource[]::new);
		batch.batchUpdate("UPDATE message_log SET status = :status, provider = :provider, error = :error, "
				+ "sent_at = :sentAt, claim = NULL, claimed_at = NULL WHERE id = :id AND claim = :token", rows);
	}

	/** Puts back in the queue what the claim still holds undelivered. */
	void release(String token) {
		jdbc.sql("UPDATE message_log SET status = 'PENDING', claim = NULL, claimed_at = NULL "
				+ "WHERE claim = :token AND status = 'SENDING'")
			.param("token", token)
			.update();
	}

	/** A message claimed for delivery. */
	record QueuedMessage(long id, OutgoingMessage message) {
	}

	/** How the delivery of a claimed message ended. */
	record Delivered(long id, Delivery delivery) {
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

	private static QueuedMessage queued(ResultSet rs, int n) throws SQLException {
		return new QueuedMessage(rs.getLong("id"), new OutgoingMessage(occasion(rs),
				MessageChannel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
				rs.getString("text")));
	}

	private static LoggedMessage row(ResultSet rs, int n) throws SQLException {
		return new LoggedMessage(rs.getLong("id"), occasion(rs), MessageChannel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("subject"), rs.getString("text"),
				MessageStatus.valueOf(rs.getString("status")), rs.getString("error"), rs.getString("provider"),
				instant(rs, "created_at"), instant(rs, "sent_at"));
	}

	private static Occasion occasion(ResultSet rs) throws SQLException {
		return new Occasion(rs.getLong("order_id"), rs.getString("order_no"), rs.getString("occasion"),
				rs.getLong("occasion_version"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
