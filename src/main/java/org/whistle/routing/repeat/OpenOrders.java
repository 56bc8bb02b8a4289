package org.whistle.routing.repeat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.whistle.HeldInserts;

/**
 * The projection of open, unanswered orders (table {@code routing_open_order}), filed by
 * category and {@link Cells cell} (one key of both, its bucket): shared by every node, fed by the
 * work orders' events.
 */
@Repository
public class OpenOrders {

	private static final String INSERT = "INSERT INTO routing_open_order (order_id, order_no, category_code, bucket, "
			+ "lat, lon, received_at, title, text) VALUES (:id, :no, :category, :bucket, :lat, :lon, :at, :title, :text)";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final HeldInserts held;

	OpenOrders(JdbcClient jdbc, NamedParameterJdbcTemplate batch, HeldInserts held) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.held = held;
	}

	/** Files an order that was never filed, such as one just registered: written when the transaction commits. */
	void add(OpenOrder order) {
		held.insert(INSERT, row(order));
	}

	/** Files the order, replacing what was filed for it. */
	public void put(OpenOrder order) {
		putAll(List.of(order));
	}

	/** Files the orders in one batch, replacing what was filed for them. */
	public void putAll(List<OpenOrder> orders) {
		held.flush();
		batch.batchUpdate("DELETE FROM routing_open_order WHERE order_id = :id", orders.stream()
			.map(order -> new MapSqlParameterSource("id", order.orderId())).toArray(SqlParameterSource[]::new));
		batch.batchUpdate(INSERT, orders.stream().map(OpenOrders::row).toArray(SqlParameterSource[]::new));
	}

	private static SqlParameterSource row(OpenOrder order) {
		return new MapSqlParameterSource().addValue("id", order.orderId()).addValue("no", order.orderNo())
			.addValue("category", order.categoryCode())
			.addValue("bucket", bucket(order.categoryCode(), Cells.of(order.lat(), order.lon())))
			.addValue("lat", order.lat()).addValue("lon", order.lon()).addValue("at", utc(order.receivedAt()))
			.addValue("title", order.title()).addValue("text", order.text());
	}

	public void remove(long orderId) {
		held.flush();
		jdbc.sql("DELETE FROM routing_open_order WHERE order_id = :id").param("id", orderId).update();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM routing_open_order").query(Long.class).single();
	}

	/** The filed orders of the category in the cells that came in at or after {@code since}. */
	List<OpenOrder> in(String categoryCode, List<Long> cells, Instant since) {
		return jdbc.sql("SELECT order_id, order_no, category_code, lat, lon, received_at, title, text "
				+ "FROM routing_open_order WHERE bucket IN (:buckets) AND received_at >= :since")
			.param("buckets", cells.stream().map(cell -> bucket(categoryCode, cell)).toList()).param("since", utc(since))
			.query((rs, n) -> new OpenOrder(rs.getLong("order_id"), rs.getString("order_no"),
					rs.getString("category_code"), rs.getDouble("lat"), rs.getDouble("lon"),
					rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("title"),
					rs.getString("text")))
			.list();
	}

	private static String bucket(String categoryCode, long cell) {
		return categoryCode + "/" + cell;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
