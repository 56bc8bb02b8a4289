package org.whistle.workorder;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;

/** Orders in a given state, for the domain tests. */
final class Orders {

	static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
	static final long CENTRE = 1;
	static final long STREET = 10;
	static final long COMMUNITY = 11;
	static final long HEATING = 20;
	static final long WATER = 21;

	static final Actor DISPATCHER = Actor.staff(100, "派单员", CENTRE);
	static final Actor STREET_HANDLER = Actor.staff(101, "街道承办人", STREET);
	static final Actor COMMUNITY_HANDLER = Actor.staff(102, "社区承办人", COMMUNITY);
	static final Actor HEATING_HANDLER = Actor.staff(103, "热力承办人", HEATING);
	static final Actor CALLBACK = Actor.staff(104, "回访员", CENTRE);

	static final TimeLimits LIMITS = new TimeLimits(Duration.ofHours(2), Duration.ofHours(24), Duration.ofDays(7), "1 v1");
	static final WorkOrderPolicies POLICIES = WorkOrderPolicies.DEFAULT;

	private static long nextId = 1;

	private Orders() {
	}

	static WorkOrder received() {
		var place = new OrderRequest.Place("春和街道兰台社区3号楼", 39.95, 116.4, "990101003003004", "990101003003",
				"990101003", "990101");
		var request = new OrderRequest(Channel.PHONE, RequestType.COMPLAINT, "王小明", "13812345678", null, place,
				"010111", "暖气不热", "3号楼暖气一直不热，室温只有十五度。", Urgency.NORMAL, T0);
		long id = nextId++;
		WorkOrder order = WorkOrder.register(id, "20261102" + id, request, LIMITS, Actor.staff(99, "话务员", CENTRE));
		return WorkOrder.restore(order.view());
	}

	static WorkOrder dispatched() {
		WorkOrder order = received();
		order.dispatch(STREET, Set.of(HEATING), "请街道牵头", DISPATCHER, T0.plusSeconds(60));
		return order;
	}

	static WorkOrder signed() {
		WorkOrder order = dispatched();
		order.sign(STREET_HANDLER, T0.plusSeconds(600));
		return order;
	}

	static WorkOrder contacted() {
		WorkOrder order = signed();
		order.contactCaller("已电话联系来电人", STREET_HANDLER, T0.plusSeconds(3600));
		return order;
	}

	static WorkOrder replied() {
		WorkOrder order = contacted();
		order.reply(true, "已协调热力公司排气，室温恢复到二十度。", STREET_HANDLER, T0.plus(Duration.ofDays(2)));
		return order;
	}
}
