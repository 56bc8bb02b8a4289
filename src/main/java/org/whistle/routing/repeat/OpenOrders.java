package org.whistle.routing.repeat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The projection of open, unanswered orders (table {@code routing_open_order}), filed by
 * category and {@link Cells cell}: shared by every node, fed by the work orders' events.
 */
@Repository
public class OpenOrders {

	private final JdbcClient jdbc;

	OpenOrders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Files the order, replacing what was filed for it. */
	public void put(OpenOrder order) {
		remove(order.orderId());
		jdbc.sql("INSERT INTO routing_open_order (order_id, order_no, category_code, cell, lat, lon, received_at, title, "
				+ "text) VALUES (:id, :no, :category, :cell, :lat, :lon, :at, :title, :text)")
			.param("id", order.orderId()).param("no", order.orderNo()).param("category", order.categoryCode())
			.param("cell", Cells.of(order.lat(), order.lon())).param("lat", order.lat()).param("lon", order.lon())
			.param("at", utc(order.receivedAt())).param("title", order.title()).param("text", order.text())
			.update();
	}

	public void remove(long orderId) {
		jdbc.sql("DELETE FROM routing_open_order WHERE order_id = :id").param("id", orderId).update();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM routing_open_order").query(Long.class).single();
	}

	/** The filed orders of the category in the cells that came in at or after {@code since}. */
	List<OpenOrder> in(String categoryCode, List<Long> cells, Instant since) {
		return jdbc.sql("SELECT order_id, order_no, category_code, lat, lon, received_at, title, text "
				+ "FROM routing_open_order WHERE category_code = :category AND cell IN (:cells) AND received_at >= :since")
			.param("category", categoryCode).param("cells", cells).param("since", utc(since))
			.query((rs, n) -> new OpenOrder(rs.getLong("order_id"), rs.getString("order_no"),
					rs.getString("category_code"), rs.getDouble("lat"), rs.getDouble("lon"),
					rs.getObject("received_at", OffsetDateTime.class).toInstant(), rs.getString("title"),
					rs.getString("text")))
			.list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
