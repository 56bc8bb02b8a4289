package org.whistle.scorecard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.whistle.TransactionScoped;

/** The scorecard's fact rows: kept up to date one order at a time, and summed up per unit. */
@Repository
class FactStore {

	/**
	 * The aggregate: one pass over a period's facts, grouped by unit (or district). Every count
	 * but {@code excluded} leaves excluded orders out; the three rates count among the valid
	 * callbacks ({@code reached}).
	 */
	static final String TALLY_COLUMNS = """
			COUNT(*) - SUM(CASE WHEN excluded THEN 1 ELSE 0 END) AS received,
			SUM(CASE WHEN NOT excluded AND dispatched_at IS NOT NULL THEN 1 ELSE 0 END) AS dispatched,
			SUM(CASE WHEN NOT excluded AND signed_on_time THEN 1 ELSE 0 END) AS signed_on_time,
			SUM(CASE WHEN NOT excluded AND contacted_on_time THEN 1 ELSE 0 END) AS contacted_on_time,
			SUM(CASE WHEN NOT excluded AND replied_on_time THEN 1 ELSE 0 END) AS replied_on_time,
			SUM(CASE WHEN NOT excluded AND overdue THEN 1 ELSE 0 END) AS overdue,
			SUM(CASE WHEN NOT excluded AND reopen_count > 0 THEN 1 ELSE 0 END) AS reopened,
			SUM(CASE WHEN excluded THEN 1 ELSE 0 END) AS excluded,
			SUM(CASE WHEN NOT excluded AND reached THEN 1 ELSE 0 END) AS callbacks,
			SUM(CASE WHEN NOT excluded AND reached AND contacted_on_time THEN 1 ELSE 0 END) AS contacted_in_time,
			SUM(CASE WHEN NOT excluded AND reached AND solved THEN 1 ELSE 0 END) AS solved,
			SUM(CASE WHEN NOT excluded AND reached AND satisfaction = 'SATISFIED' THEN 1 ELSE 0 END) AS satisfied,
			SUM(CASE WHEN NOT excluded AND reached AND satisfaction = 'BASICALLY_SATISFIED' THEN 1 ELSE 0 END)
			    AS basically_satisfied
			""";

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate batch;
	private final ZoneId zone;

	FactStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.zone = clock.getZone();
	}

	int period(Instant receivedAt) {
		return Period.key(YearMonth.from(receivedAt.atZone(zone)));
	}

	static final List<String> COLUMNS = List.of("order_id", "order_no", "period", "received_at", "category_code",
			"district_code", "street_code", "lead_unit_id", "unit_kind", "dispatched_at", "sign_by", "signed_at",
			"contact_by", "contacted_at", "resolve_by", "replied_at", "signed_on_time", "contacted_on_time",
			"replied_on_time", "overdue", "reopen_count", "reached", "solved", "satisfaction", "excluded");

	Object[] row(Fact f) {
		return new Object[] { f.orderId(), f.orderNo(), period(f.receivedAt()), f.receivedAt(), f.categoryCode(),
				f.districtCode(), f.streetCode(), f.leadUnitId(), f.unitKind(), f.dispatchedAt(), f.signBy(),
				f.signedAt(), f.contactBy(), f.contactedAt(), f.resolveBy(), f.repliedAt(), f.signedOnTime(),
				f.contactedOnTime(), f.repliedOnTime(), f.overdue(), f.reopenCount(), f.reached(), f.solved(),
				f.satisfaction(), f.excluded() };
	}

	private static final String INSERT = "INSERT INTO scorecard_fact (order_id, order_no, period, received_at, "
			+ "category_code, district_code, street_code, lead_unit_id, unit_kind, dispatched_at, sign_by, contact_by, "
			+ "resolve_by) VALUES (:id, :no, :period, :at, :category, :district, :street, :unit, :kind, :dispatchedAt, "
			+ ":signBy, :contactBy, :resolveBy) ON CONFLICT DO NOTHING";

	/**
	 * The order's fact row, unless it has one already (an event handled twice). Written when the
	 * transaction commits, so that the dispatch of a registration goes into the same row instead
	 * of an update, and a group of registrations sends its rows in one batch; every other
	 * statement here sends the rows held first. A registration handled again in a later
	 * transaction together with a new dispatch would keep the first row and lose that dispatch;
	 * the work-order events are handled once, in the step's transaction, so this does not occur.
	 */
	void insert(long orderId, String orderNo, Instant receivedAt, String category, String district, String street) {
		MapSqlParameterSource row = new MapSqlParameterSource().addValue("id", orderId).addValue("no", orderNo)
			.addValue("period", period(receivedAt)).addValue("at", utc(receivedAt)).addValue("category", category)
			.addValue("district", district).addValue("street", street);
		dispatch(row, null, null, null, null, null, null);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionScoped.obtain(this, LinkedHashMap<Long, MapSqlParameterSource>::new, this::send)
				.putIfAbsent(orderId, row);
		}
		else {
			batch.update(INSERT, row);
		}
	}

	/** A (new) lead unit: its clocks start again, the first steps of the unit before it no longer count. */
	void dispatched(long orderId, long unit, String kind, Instant at, Instant signBy, Instant contactBy,
			Instant resolveBy) {
		var held = TransactionScoped.<Map<Long, MapSqlParameterSource>>find(this).map(rows -> rows.get(orderId));
		if (held.isPresent()) {
			dispatch(held.get(), unit, kind, at, signBy, contactBy, resolveBy);
			return;
		}
		sql("UPDATE scorecard_fact SET lead_unit_id = :unit, unit_kind = :kind, dispatched_at = :at, "
				+ "sign_by = :signBy, contact_by = :contactBy, resolve_by = :resolveBy, signed_at = NULL, "
				+ "contacted_at = NULL, replied_at = NULL, signed_on_time = FALSE, contacted_on_time = FALSE, "
				+ "replied_on_time = FALSE WHERE order_id = :id")
			.param("id", orderId).param("unit", unit).param("kind", kind).param("at", utc(at))
			.param("signBy", utc(signBy)).param("contactBy", utc(contactBy)).param("resolveBy", utc(resolveBy))
			.update();
	}

	private static void dispatch(MapSqlParameterSource row, Long unit, String kind, Instant at, Instant signBy,
			Instant contactBy, Instant resolveBy) {
		row.addValue("unit", unit).addValue("kind", kind).addValue("dispatchedAt", utc(at))
			.addValue("signBy", utc(signBy)).addValue("contactBy", utc(contactBy)).addValue("resolveBy", utc(resolveBy));
	}

	/** Any other statement: the rows held in this transaction are sent first, so that it sees them. */
	private JdbcClient.StatementSpec sql(String sql) {
		TransactionScoped.<Map<Long, MapSqlParameterSource>>find(this).ifPresent(this::send);
		return jdbc.sql(sql);
	}

	private void send(Map<Long, MapSqlParameterSource> held) {
		if (!held.isEmpty()) {
			batch.batchUpdate(INSERT, held.values().toArray(SqlParameterSource[]::new));
			held.clear();
		}
	}

	void signed(long orderId, Instant at) {
		sql("UPDATE scorecard_fact SET signed_at = :at, "
				+ "signed_on_time = CASE WHEN sign_by IS NOT NULL AND :at <= sign_by THEN TRUE ELSE FALSE END "
				+ "WHERE order_id = :id AND signed_at IS NULL")
			.param("id", orderId).param("at", utc(at)).update();
	}

	void contacted(long orderId, Instant at, boolean late) {
		sql("UPDATE scorecard_fact SET contacted_at = :at, contacted_on_time = :onTime "
				+ "WHERE order_id = :id AND contacted_at IS NULL")
			.param("id", orderId).param("at", utc(at)).param("onTime", !late).update();
	}

	/** A reply; a merged order takes the lead unit of the order it joined when it had none. */
	void replied(long orderId, long unit, String kind, Instant at, boolean late) {
		sql("UPDATE scorecard_fact SET lead_unit_id = COALESCE(lead_unit_id, :unit), "
				+ "unit_kind = COALESCE(unit_kind, :kind) WHERE order_id = :id")
			.param("id", orderId).param("unit", unit).param("kind", kind).update();
		sql("UPDATE scorecard_fact SET replied_at = :at, replied_on_time = :onTime "
				+ "WHERE order_id = :id AND replied_at IS NULL")
			.param("id", orderId).param("at", utc(at)).param("onTime", !late).update();
	}

	void resolveBy(long orderId, Instant resolveBy) {
		sql("UPDATE scorecard_fact SET resolve_by = :by WHERE order_id = :id")
			.param("id", orderId).param("by", utc(resolveBy)).update();
	}

	void overdue(long orderId) {
		sql("UPDATE scorecard_fact SET overdue = TRUE WHERE order_id = :id").param("id", orderId).update();
	}

	void reopened(long orderId, int count) {
		sql("UPDATE scorecard_fact SET reopen_count = :n WHERE order_id = :id")
			.param("id", orderId).param("n", count).update();
	}

	void calledBack(long orderId, boolean solved, String satisfaction) {
		sql("UPDATE scorecard_fact SET reached = TRUE, solved = :solved, satisfaction = :satisfaction "
				+ "WHERE order_id = :id")
			.param("id", orderId).param("solved", solved).param("satisfaction", satisfaction).update();
	}

	void excluded(long orderId, boolean excluded) {
		sql("UPDATE scorecard_fact SET excluded = :excluded WHERE order_id = :id")
			.param("id", orderId).param("excluded", excluded).update();
	}

	/** The tallies of a level in a period, by unit id (or district code), optionally of one top-level category. */
	Map<String, Tally> tallies(Period period, Level level, String category) {
		Map<String, Object> params = new HashMap<>();
		params.put("first", Period.key(period.first()));
		params.put("last", Period.key(period.last()));
		// Grouped by the column itself (a text cast of every row's id costs more than the rest of the sum).
		String key = level == Level.DISTRICT ? "district_code" : "lead_unit_id";
		String months = period.isMonth() ? "period = :first" : "period BETWEEN :first AND :last";
		String where = level == Level.DISTRICT ? "lead_unit_id IS NOT NULL AND district_code IS NOT NULL"
				: "unit_kind = :kind";
		if (level != Level.DISTRICT) {
			params.put("kind", level.kind().name());
		}
		if (category != null && !category.isBlank()) {
			where += " AND category_code LIKE :category";
			params.put("category", category + "%");
		}
		Map<String, Tally> tallies = new LinkedHashMap<>();
		sql("SELECT " + key + " AS unit_key, " + TALLY_COLUMNS + " FROM scorecard_fact "
				+ "WHERE " + months + " AND " + where + " GROUP BY " + key)
			.params(params)
			.query((ResultSet rs) -> {
				tallies.put(rs.getString("unit_key"), tally(rs));
			});
		return tallies;
	}

	/**
	 * The tallies of every level in a period from one pass over its facts: summed per district,
	 * lead unit and kind of unit in SQL, then added up per level here (a lead unit has one kind,
	 * and a district counts the orders with a lead unit, as {@link #tallies} does).
	 */
	Map<Level, Map<String, Tally>> talliesOfEveryLevel(Period period) {
		Map<Level, Map<String, Tally>> levels = new EnumMap<>(Level.class);
		for (Level level : Level.values()) {
			levels.put(level, new LinkedHashMap<>());
		}
		String months = period.isMonth() ? "period = :first" : "period BETWEEN :first AND :last";
		sql("SELECT district_code, lead_unit_id, unit_kind, " + TALLY_COLUMNS + " FROM scorecard_fact WHERE "
				+ months + " GROUP BY district_code, lead_unit_id, unit_kind")
			.param("first", Period.key(period.first()))
			.param("last", Period.key(period.last()))
			.query((ResultSet rs) -> {
				Tally tally = tally(rs);
				String unit = rs.getString("lead_unit_id");
				String district = rs.getString("district_code");
				if (unit != null && district != null) {
					levels.get(Level.DISTRICT).merge(district, tally, Tally::plus);
				}
				String kind = rs.getString("unit_kind");
				for (Level level : Level.values()) {
					if (level != Level.DISTRICT && level.kind().name().equals(kind)) {
						levels.get(level).merge(unit, tally, Tally::plus);
					}
				}
			});
		return levels;
	}

	static Tally tally(ResultSet rs) throws SQLException {
		return new Tally(rs.getLong("received"), rs.getLong("dispatched"), rs.getLong("signed_on_time"),
				rs.getLong("contacted_on_time"), rs.getLong("replied_on_time"), rs.getLong("overdue"),
				rs.getLong("reopened"), rs.getLong("excluded"), rs.getLong("callbacks"), rs.getLong("contacted_in_time"),
				rs.getLong("solved"), rs.getLong("satisfied"), rs.getLong("basically_satisfied"));
	}

	/**
	 * The orders that counted against a unit in a period: overdue, or called back and not solved
	 * or not satisfied; excluded ones are not among them.
	 */
	List<Fact> against(Period period, Level level, String key) {
		String unitCondition = level == Level.DISTRICT ? "district_code = :key AND lead_unit_id IS NOT NULL"
				: "lead_unit_id = CAST(:key AS BIGINT) AND unit_kind = :kind";
		var spec = sql("SELECT * FROM scorecard_fact WHERE period BETWEEN :first AND :last AND " + unitCondition
				+ " AND NOT excluded AND (overdue OR (reached AND (NOT solved OR satisfaction = 'DISSATISFIED'))) "
				+ "ORDER BY received_at, order_id LIMIT 1000")
			.param("first", Period.key(period.first()))
			.param("last", Period.key(period.last()))
			.param("key", key);
		if (level != Level.DISTRICT) {
			spec = spec.param("kind", level.kind().name());
		}
		return spec.query((rs, n) -> fact(rs)).list();
	}

	java.util.Optional<Fact> find(long orderId) {
		return sql("SELECT * FROM scorecard_fact WHERE order_id = :id").param("id", orderId)
			.query((rs, n) -> fact(rs)).optional();
	}

	private static Fact fact(ResultSet rs) throws SQLException {
		return new Fact(rs.getLong("order_id"), rs.getString("order_no"), instant(rs, "received_at"),
				rs.getString("category_code"), rs.getString("district_code"), rs.getString("street_code"),
				rs.getObject("lead_unit_id", Long.class), rs.getString("unit_kind"), instant(rs, "dispatched_at"),
				instant(rs, "sign_by"), instant(rs, "signed_at"), instant(rs, "contact_by"), instant(rs, "contacted_at"),
				instant(rs, "resolve_by"), instant(rs, "replied_at"), rs.getBoolean("signed_on_time"),
				rs.getBoolean("contacted_on_time"), rs.getBoolean("replied_on_time"), rs.getBoolean("overdue"),
				rs.getInt("reopen_count"), rs.getBoolean("reached"), rs.getBoolean("solved"),
				rs.getString("satisfaction"), rs.getBoolean("excluded"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
