package org.whistle.workorder;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.BulkRows;

/**
 * Bulk import of orders that are already done (历史工单): orders, co-units and history written
 * in bulk (COPY on PostgreSQL, multi-row INSERTs on H2) in the caller's transaction. No events
 * are published and no timers scheduled: the steps happened in the past. Whoever keeps data
 * derived from orders (the scorecard's facts) fills it in the same bulk path.
 */
@Service
public class HistoricOrders {

	private static final List<String> ORDER_COLUMNS = List.of("id", "order_no", "version", "channel", "request_type",
			"caller_name", "caller_phone", "caller_email", "address", "lat", "lon", "grid_code", "community_code",
			"street_code", "district_code", "category_code", "title", "content", "urgency", "received_at",
			"sign_limit_seconds", "contact_limit_seconds", "resolution_limit_seconds", "rule_ref", "status", "closure",
			"lead_unit_id", "handling_unit_id", "lead_named_by_centre", "return_count", "pending_return_reason",
			"pending_extension_days", "pending_extension_reason", "sign_by", "contact_by", "resolve_by",
			"dispatched_at", "signed_at", "contacted_at", "replied_at", "closed_at", "solved", "reply_text",
			"callback_attempts", "reopen_count", "satisfaction", "supervised", "overdue", "merged_into");

	private static final List<String> HISTORY_COLUMNS = List.of("order_id", "at", "actor_id", "actor_name",
			"actor_unit_id", "action", "from_status", "to_status", "note");

	private static final List<String> CO_UNIT_COLUMNS = List.of("order_id", "unit_id", "part_text");

	private final DataSource dataSource;
	private final OrderIds ids;

	HistoricOrders(DataSource dataSource, OrderIds ids) {
		this.dataSource = dataSource;
		this.ids = ids;
	}

	/** {@code count} fresh order ids from the orders' sequence, safe alongside live intake. */
	public List<Long> reserveIds(int count) {
		return ids.reserve(count);
	}

	/** Writes the orders and their histories; a failure writes none of them. */
	@Transactional
	public void load(List<HistoricOrder> orders) {
		List<Object[]> rows = new ArrayList<>(orders.size());
		List<Object[]> history = new ArrayList<>(orders.size() * 8);
		List<Object[]> coUnits = new ArrayList<>();
		for (HistoricOrder historic : orders) {
			WorkOrderView v = historic.order();
			rows.add(row(v));
			v.coUnitIds().forEach(unit -> coUnits.add(new Object[] { v.id(), unit, v.coUnitParts().get(unit) }));
			for (HistoryEntry e : historic.history()) {
				history.add(new Object[] { v.id(), e.at(), e.actorId(), e.actorName(), e.actorUnitId(), e.action(),
						e.from() == null ? null : e.from().name(), e.to().name(), e.note() });
			}
		}
		BulkRows.write(dataSource, "work_order", ORDER_COLUMNS, rows);
		BulkRows.write(dataSource, "work_order_co_unit", CO_UNIT_COLUMNS, coUnits);
		BulkRows.write(dataSource, "work_order_history", HISTORY_COLUMNS, history);
	}

	private static Object[] row(WorkOrderView v) {
		OrderRequest r = v.request();
		Deadlines d = v.deadlines();
		return new Object[] { v.id(), v.orderNo(), v.version(), r.channel().name(), r.type().name(), r.callerName(),
				r.callerPhone(), r.callerEmail(), r.place().address(), r.place().lat(), r.place().lon(),
				r.place().gridCode(), r.place().communityCode(), r.place().streetCode(), r.place().districtCode(),
				r.categoryCode(), r.title(), r.content(), r.urgency().name(), r.receivedAt(),
				v.limits().signFor().toSeconds(), v.limits().contact().toSeconds(), v.limits().resolution().toSeconds(),
				v.limits().rule(), v.status().name(), v.closure() == null ? null : v.closure().name(), v.leadUnitId(),
				v.handlingUnitId(), v.leadNamedByCentre(), v.returnCount(), v.pendingReturnReason(),
				v.pendingExtensionDays(), v.pendingExtensionReason(), d == null ? null : d.signBy(),
				d == null ? null : d.contactBy(), d == null ? null : d.resolveBy(), v.dispatchedAt(), v.signedAt(),
				v.contactedAt(), v.repliedAt(), v.closedAt(), v.solved(), v.replyText(), v.callbackAttempts(),
				v.reopenCount(), v.satisfaction() == null ? null : v.satisfaction().name(), v.supervised(), v.overdue(),
				v.mergedInto() };
	}
}
