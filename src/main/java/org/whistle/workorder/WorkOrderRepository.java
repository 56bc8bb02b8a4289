package org.whistle.workorder;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.whistle.HeldInserts;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;

/** Stores orders: the current state in one row (optimistically locked), the history appended. */
@Repository
class WorkOrderRepository {

	private static final String STATE_COLUMNS = "status, closure, lead_unit_id, handling_unit_id, lead_named_by_centre, "
			+ "return_count, pending_return_reason, pending_extension_days, pending_extension_reason, sign_by, contact_by, "
			+ "resolve_by, dispatched_at, signed_at, contacted_at, replied_at, closed_at, solved, reply_text, "
			+ "callback_attempts, reopen_count, satisfaction, supervised, overdue, merged_into";

	static final String NEWEST_FIRST = "o.received_at DESC, o.id DESC";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final HeldInserts held;

	WorkOrderRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, HeldInserts held) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.held = held;
	}

	void insert(WorkOrder order) {
		WorkOrderView v = order.view();
		OrderRequest r = v.request();
		Map<String, Object> params = state(v);
		params.put("id", v.id());
		params.put("orderNo", v.orderNo());
		params.put("channel", r.channel().name());
		params.put("type", r.type().name());
		params.put("callerName", r.callerName());
		params.put("callerPhone", r.callerPhone());
		params.put("callerEmail", r.callerEmail());
		params.put("address", r.place().address());
		params.put("lat", r.place().lat());
		params.put("lon", r.place().lon());
		params.put("grid", r.place().gridCode());
		params.put("community", r.place().communityCode());
		params.put("street", r.place().streetCode());
		params.put("district", r.place().districtCode());
		params.put("category", r.categoryCode());
		params.put("title", r.title());
		params.put("content", r.content());
		params.put("urgency", r.urgency().name());
		params.put("receivedAt", utc(r.receivedAt()));
		params.put("signLimit", v.limits().signFor().toSeconds());
		params.put("contactLimit", v.limits().contact().toSeconds());
		params.put("resolutionLimit", v.limits().resolution().toSeconds());
		params.put("rule", v.limits().rule());
		jdbc.sql("INSERT INTO work_order (id, order_no, version, channel, request_type, caller_name, caller_phone, "
				+ "caller_email, address, lat, lon, grid_code, community_code, street_code, district_code, category_code, "
				+ "title, content, urgency, received_at, sign_limit_seconds, contact_limit_seconds, "
				+ "resolution_limit_seconds, rule_ref, " + STATE_COLUMNS + ") VALUES (:id, :orderNo, 0, :channel, :type, "
				+ ":callerName, :callerPhone, :callerEmail, :address, :lat, :lon, :grid, :community, :street, :district, "
				+ ":category, :title, :content, :urgency, :receivedAt, :signLimit, :contactLimit, :resolutionLimit, :rule, "
				+ STATE_COLUMNS.replaceAll("(\\w+)", ":$1") + ")")
			.params(params)
			.update();
		insertCoUnits(v);
		appendHistory(order);
		RegisteredThisTransaction.remember(v);
	}

	/** Writes the order's new state if nobody changed it since it was read. */
	void save(WorkOrder order) {
		WorkOrderView v = order.view();
		RegisteredThisTransaction.forget(v.id());
		Map<String, Object> params = state(v);
		params.put("id", v.id());
		params.put("version", v.version());
		String assignments = STATE_COLUMNS.replaceAll("(\\w+)", "$1 = :$1");
		int updated = jdbc.sql("UPDATE work_order SET " + assignments + ", version = version + 1 "
				+ "WHERE id = :id AND version = :version")
			.params(params)
			.update();
		if (updated != 1) {
			throw new ConcurrentChange(v.orderNo());
		}
		jdbc.sql("DELETE FROM work_order_co_unit WHERE order_id = :id").param("id", v.id()).update();
		insertCoUnits(v);
		appendHistory(order);
	}

	private void insertCoUnits(WorkOrderView v) {
		batch.batchUpdate("INSERT INTO work_order_co_unit (order_id, unit_id, part_text) VALUES (:id, :unit, :part)",
				v.coUnitIds().stream().map(unit -> new MapSqlParameterSource()
					.addValue("id", v.id())
					.addValue("unit", unit)
					.addValue("part", v.coUnitParts().get(unit)))
					.toArray(SqlParameterSource[]::new));
	}

	/**
	 * The step's new history lines, written when the transaction commits (a group of registrations
	 * sends all its lines in one batch); nothing reads them back before.
	 */
	void appendHistory(WorkOrder order) {
		held.insert("INSERT INTO work_order_history (order_id, at, actor_id, actor_name, actor_unit_id, action, "
				+ "from_status, to_status, note) VALUES (:order, :at, :actorId, :actorName, :actorUnit, :action, "
				+ ":from, :to, :note)", order.newHistory().stream().map(entry -> new MapSqlParameterSource()
					.addValue("order", order.id())
					.addValue("at", utc(entry.at()))
					.addValue("actorId", entry.actorId())
					.addValue("actorName", entry.actorName())
					.addValue("actorUnit", entry.actorUnitId())
					.addValue("action", entry.action())
					.addValue("from", entry.from() == null ? null : entry.from().name())
					.addValue("to", entry.to().name())
					.addValue("note", entry.note()))
					.toArray(SqlParameterSource[]::new));
	}

	/** The order as it is now: one registered in this transaction without a query. */
	Optional<WorkOrderView> view(long id) {
		return RegisteredThisTransaction.find(id).or(() -> find(id).map(WorkOrder::view));
	}

	Optional<WorkOrder> find(long id) {
		return jdbc.sql("SELECT * FROM work_order WHERE id = :id").param("id", id)
			.query((rs, n) -> read(rs))
			.optional()
			.map(v -> withCoUnits(List.of(v)).get(0))
			.map(WorkOrder::restore);
	}

	List<CategorisedText> closedWithCategory(int limit) {
		return jdbc.sql("SELECT category_code, title, content FROM work_order WHERE status = 'CLOSED' "
				+ "AND category_code IS NOT NULL ORDER BY closed_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query((rs, row) -> new CategorisedText(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	Optional<WorkOrder> findByOrderNo(String orderNo) {
		return jdbc.sql("SELECT id FROM work_order WHERE order_no = :no").param("no", orderNo)
			.query(Long.class).optional().flatMap(this::find);
	}

	List<WorkOrder> mergedInto(long orderId) {
		return jdbc.sql("SELECT id FROM work_order WHERE merged_into = :id AND status = 'MERGED' ORDER BY id")
			.param("id", orderId)
			.query(Long.class).list().stream()
			.map(id -> find(id).orElseThrow())
			.toList();
	}

	List<HistoryEntry> history(long orderId) {
		return jdbc.sql("SELECT * FROM work_order_history WHERE order_id = :id ORDER BY id")
			.param("id", orderId)
			.query((rs, n) -> historyEntry(rs))
			.list();
	}

	Map<Long, List<HistoryEntry>> histories(Collection<Long> orderIds) {
		Map<Long, List<HistoryEntry>> histories = new LinkedHashMap<>();
		if (orderIds.isEmpty()) {
			return histories;
		}
		jdbc.sql("SELECT * FROM work_order_history WHERE order_id IN (:ids) ORDER BY order_id, id")
			.param("ids", List.copyOf(orderIds))
			.query((rs, n) -> Map.entry(rs.getLong("order_id"), historyEntry(rs)))
			.list()
			.forEach(e -> histories.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
		return histories;
	}

	List<OrderUpdate> updates(Instant after, Instant until, Set<String> actions, int limit) {
		return jdbc.sql("SELECT h.*, o.order_no FROM work_order_history h JOIN work_order o ON o.id = h.order_id "
				+ "WHERE h.at > :after AND h.at <= :until AND h.action IN (:actions) ORDER BY h.at, h.id LIMIT :limit")
			.param("after", utc(after))
			.param("until", utc(until))
			.param("actions", List.copyOf(actions))
			.param("limit", limit)
			.query((rs, n) -> new OrderUpdate(rs.getLong("id"), rs.getLong("order_id"), rs.getString("order_no"),
					historyEntry(rs)))
			.list();
	}

	/** One page of orders as the search says, newest first; views without co-units (one query in all). */
	List<WorkOrderView> search(OrderSearch search) {
		return page(search.where(), search.orderBy(), search.params(), search.page(), search.size());
	}

	private static HistoryEntry historyEntry(ResultSet rs) throws SQLException {
		return new HistoryEntry(instant(rs, "at"), nullableLong(rs, "actor_id"), rs.getString("actor_name"),
				nullableLong(rs, "actor_unit_id"), rs.getString("action"), status(rs.getString("from_status")),
				OrderStatus.valueOf(rs.getString("to_status")), rs.getString("note"));
	}

	/** One page of orders, newest first, as the filter says, with their co-units. */
	List<WorkOrderView> list(OrderFilter filter) {
		return withCoUnits(page(filter.where(), NEWEST_FIRST, filter.params(), filter.page(), filter.size()));
	}

	private List<WorkOrderView> page(String where, String orderBy, Map<String, Object> params, int page, int size) {
		return jdbc.sql("SELECT * FROM work_order o " + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, n) -> read(rs))
			.list();
	}

	long count(OrderFilter filter) {
		return jdbc.sql("SELECT COUNT(*) FROM work_order o " + filter.where()).params(filter.params())
			.query(Long.class).single();
	}

	WorkOrders.ReceivedCounts received(Instant from, Instant to) {
		Map<String, Long> byCategory = new LinkedHashMap<>();
		Map<String, Long> byDistrict = new LinkedHashMap<>();
		long[] total = { 0 };
		jdbc.sql("SELECT category_code, district_code, COUNT(*) AS n FROM work_order "
				+ "WHERE received_at >= :from AND received_at < :to GROUP BY category_code, district_code")
			.param("from", utc(from)).param("to", utc(to))
			.query(rs -> {
				long n = rs.getLong("n");
				byCategory.merge(rs.getString("category_code"), n, Long::sum);
				byDistrict.merge(rs.getString("district_code"), n, Long::sum);
				total[0] += n;
			});
		return new WorkOrders.ReceivedCounts(total[0], byCategory, byDistrict);
	}

	/** The orders with their co-units and the parts they answered, read in one query for all. */
	private List<WorkOrderView> withCoUnits(List<WorkOrderView> views) {
		if (views.isEmpty()) {
			return views;
		}
		Map<Long, Set<Long>> units = new HashMap<>();
		Map<Long, Map<Long, String>> parts = new HashMap<>();
		jdbc.sql("SELECT order_id, unit_id, part_text FROM work_order_co_unit WHERE order_id IN (:ids) "
				+ "ORDER BY order_id, unit_id")
			.param("ids", views.stream().map(WorkOrderView::id).toList())
			.query(rs -> {
				long order = rs.getLong("order_id");
				long unit = rs.getLong("unit_id");
				units.computeIfAbsent(order, o -> new LinkedHashSet<>()).add(unit);
				String part = rs.getString("part_text");
				if (part != null) {
					parts.computeIfAbsent(order, o -> new LinkedHashMap<>()).put(unit, part);
				}
			});
		return views.stream().map(v -> withCoUnits(v, units.getOrDefault(v.id(), Set.of()),
				parts.getOrDefault(v.id(), Map.of()))).toList();
	}

	private static WorkOrderView withCoUnits(WorkOrderView v, Set<Long> units, Map<Long, String> parts) {
		return new WorkOrderView(v.id(), v.orderNo(), v.version(), v.request(), v.limits(), v.status(), v.closure(),
				v.leadUnitId(), v.handlingUnitId(), units, parts, v.leadNamedByCentre(), v.returnCount(),
				v.pendingReturnReason(), v.pendingExtensionDays(), v.pendingExtensionReason(), v.deadlines(),
				v.dispatchedAt(), v.signedAt(), v.contactedAt(), v.repliedAt(), v.closedAt(), v.solved(), v.replyText(),
				v.callbackAttempts(), v.reopenCount(), v.satisfaction(), v.supervised(), v.overdue(), v.mergedInto());
	}

	private static Map<String, Object> state(WorkOrderView v) {
		Map<String, Object> p = new HashMap<>();
		p.put("status", v.status().name());
		p.put("closure", v.closure() == null ? null : v.closure().name());
		p.put("lead_unit_id", v.leadUnitId());
		p.put("handling_unit_id", v.handlingUnitId());
		p.put("lead_named_by_centre", v.leadNamedByCentre());
		p.put("return_count", v.returnCount());
		p.put("pending_return_reason", v.pendingReturnReason());
		p.put("pending_extension_days", v.pendingExtensionDays());
		p.put("pending_extension_reason", v.pendingExtensionReason());
		p.put("sign_by", v.deadlines() == null ? null : utc(v.deadlines().signBy()));
		p.put("contact_by", v.deadlines() == null ? null : utc(v.deadlines().contactBy()));
		p.put("resolve_by", v.deadlines() == null ? null : utc(v.deadlines().resolveBy()));
		p.put("dispatched_at", utc(v.dispatchedAt()));
		p.put("signed_at", utc(v.signedAt()));
		p.put("contacted_at", utc(v.contactedAt()));
		p.put("replied_at", utc(v.repliedAt()));
		p.put("closed_at", utc(v.closedAt()));
		p.put("solved", v.solved());
		p.put("reply_text", v.replyText());
		p.put("callback_attempts", v.callbackAttempts());
		p.put("reopen_count", v.reopenCount());
		p.put("satisfaction", v.satisfaction() == null ? null : v.satisfaction().name());
		p.put("supervised", v.supervised());
		p.put("overdue", v.overdue());
		p.put("merged_into", v.mergedInto());
		return p;
	}

	private static WorkOrderView read(ResultSet rs) throws SQLException {
		var place = new OrderRequest.Place(rs.getString("address"), nullableDouble(rs, "lat"), nullableDouble(rs, "lon"),
				rs.getString("grid_code"), rs.getString("community_code"), rs.getString("street_code"),
				rs.getString("district_code"));
		var request = new OrderRequest(Channel.valueOf(rs.getString("channel")),
				RequestType.valueOf(rs.getString("request_type")), rs.getString("caller_name"),
				rs.getString("caller_phone"), rs.getString("caller_email"), place, rs.getString("category_code"),
				rs.getString("title"), rs.getString("content"), Urgency.valueOf(rs.getString("urgency")),
				instant(rs, "received_at"));
		var limits = new TimeLimits(Duration.ofSeconds(rs.getLong("sign_limit_seconds")),
				Duration.ofSeconds(rs.getLong("contact_limit_seconds")),
				Duration.ofSeconds(rs.getLong("resolution_limit_seconds")), rs.getString("rule_ref"));
		Instant signBy = instant(rs, "sign_by");
		Deadlines deadlines = signBy == null ? null
				: new Deadlines(signBy, instant(rs, "contact_by"), instant(rs, "resolve_by"));
		String closure = rs.getString("closure");
		String satisfaction = rs.getString("satisfaction");
		return new WorkOrderView(rs.getLong("id"), rs.getString("order_no"), rs.getLong("version"), request, limits,
				OrderStatus.valueOf(rs.getString("status")), closure == null ? null : Closure.valueOf(closure),
				nullableLong(rs, "lead_unit_id"), nullableLong(rs, "handling_unit_id"), Set.of(), Map.of(),
				rs.getBoolean("lead_named_by_centre"), rs.getInt("return_count"), rs.getString("pending_return_reason"),
				(Integer) rs.getObject("pending_extension_days", Integer.class), rs.getString("pending_extension_reason"),
				deadlines, instant(rs, "dispatched_at"), instant(rs, "signed_at"), instant(rs, "contacted_at"),
				instant(rs, "replied_at"), instant(rs, "closed_at"), (Boolean) rs.getObject("solved", Boolean.class),
				rs.getString("reply_text"), rs.getInt("callback_attempts"), rs.getInt("reopen_count"),
				satisfaction == null ? null : Satisfaction.valueOf(satisfaction), rs.getBoolean("supervised"),
				rs.getBoolean("overdue"), nullableLong(rs, "merged_into"));
	}

	private static OrderStatus status(String name) {
		return name == null ? null : OrderStatus.valueOf(name);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Long nullableLong(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Long.class);
	}

	private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, Double.class);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
