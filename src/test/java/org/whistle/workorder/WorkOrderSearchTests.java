package org.whistle.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.people.Role;
import org.whistle.people.Staff;

/** The read API other modules use: search, histories and updates of orders. */
@SpringBootTest
class WorkOrderSearchTests {

	@Autowired
	WorkOrderService service;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	/** A category code of this test only, so that orders of other tests never match. */
	final String category = "T" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
	final Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(40));

	WorkOrderView register(String categoryCode, Instant receivedAt, boolean dispatch) {
		var place = new OrderRequest.Place("兰台社区3号楼", 39.95, 116.4, null, null, null, null);
		var request = new OrderRequest(Channel.OPEN311, RequestType.COMPLAINT, "王小明", "13812345678", null, place,
				categoryCode, "暖气不热", "室温只有十五度。", Urgency.NORMAL, receivedAt);
		var limits = new TimeLimits(Duration.ofHours(2), Duration.ofHours(24), Duration.ofDays(7), null);
		return service.register(request, limits, Actor.SYSTEM,
				dispatch ? new WorkOrderService.AutoDispatch(1L, Set.of(), "test") : null);
	}

	List<String> numbers(OrderSearch search) {
		return service.search(search).stream().map(WorkOrderView::orderNo).toList();
	}

	@Test
	void an_order_registered_in_a_transaction_is_read_back_there_as_stored_without_asking_the_database() {
		long id = transactions.execute(status -> {
			WorkOrderView order = register(category, base, true);
			jdbc.sql("UPDATE work_order SET title = '改过的标题' WHERE id = :id").param("id", order.id()).update();
			assertThat(service.find(order.id())).get().isEqualTo(order);
			assertThat(service.callerOf(order.id())).get().extracting(CallerContact::phone).isEqualTo("13812345678");
			return order.id();
		});
		assertThat(service.find(id)).get().extracting(view -> view.request().title()).isEqualTo("改过的标题");
	}

	@Test
	void an_order_changed_after_its_registration_in_the_same_transaction_is_read_as_changed() {
		Staff handler = new Staff(9300, "h-test", "承办人", 1, Set.of(Role.HANDLER));
		WorkOrderView signed = transactions.execute(status -> {
			WorkOrderView order = register(category, base, true);
			service.act(order.id(), handler, (o, actor, now) -> o.sign(actor, now));
			return service.find(order.id()).orElseThrow();
		});
		assertThat(signed.status()).isEqualTo(OrderStatus.SIGNED);
	}

	@Test
	void orders_are_searched_by_category_and_period_newest_first_one_page_at_a_time() {
		WorkOrderView old = register(category, base, false);
		WorkOrderView middle = register(category, base.plus(Duration.ofDays(10)), true);
		WorkOrderView recent = register(category, base.plus(Duration.ofDays(20)), false);
		register("X" + category, base.plus(Duration.ofDays(10)), false);

		OrderSearch all = new OrderSearch(List.of(), List.of(category), true, base, base.plus(Duration.ofDays(30)), null,
				0, 10);
		assertThat(numbers(all)).containsExactly(recent.orderNo(), middle.orderNo(), old.orderNo());
		assertThat(numbers(new OrderSearch(List.of(), List.of(category), true, base.plus(Duration.ofDays(5)),
				base.plus(Duration.ofDays(20)), null, 0, 10))).containsExactly(recent.orderNo(), middle.orderNo());
		assertThat(numbers(new OrderSearch(List.of(), List.of(category), true, base, base.plus(Duration.ofDays(30)),
				null, 1, 2))).containsExactly(old.orderNo());
		assertThat(service.search(all).get(0).request().callerName()).isEqualTo("王小明");
	}

	@Test
	void order_numbers_find_their_orders_and_open_or_closed_narrows_them() {
		WorkOrderView one = register(category, base, false);
		WorkOrderView two = register(category, base.plusSeconds(1), false);
		assertThat(numbers(new OrderSearch(List.of(one.orderNo(), two.orderNo(), "nope"), List.of(), true, null, null,
				null, 0, 10))).containsExactly(two.orderNo(), one.orderNo());
		assertThat(numbers(new OrderSearch(List.of(one.orderNo()), List.of(), true, null, null, false, 0, 10))).isEmpty();
		assertThat(numbers(new OrderSearch(List.of(one.orderNo()), List.of(), true, null, null, true, 0, 10)))
			.containsExactly(one.orderNo());
		assertThat(service.findByOrderNo(" " + one.orderNo() + " ")).map(WorkOrderView::id).contains(one.id());
	}

	@Test
	void orders_without_a_category_are_left_out_when_asked() {
		WorkOrderView unclassified = register(null, base, false);
		assertThat(numbers(new OrderSearch(List.of(unclassified.orderNo()), List.of(), true, null, null, null, 0, 10)))
			.isEmpty();
		assertThat(numbers(new OrderSearch(List.of(unclassified.orderNo()), List.of(), false, null, null, null, 0, 10)))
			.containsExactly(unclassified.orderNo());
	}

	@Test
	void histories_and_updates_of_many_orders_come_in_one_call() {
		Instant before = base.minusSeconds(1);
		Instant until = base.plusSeconds(1);
		WorkOrderView received = register(category, base, false);
		WorkOrderView dispatched = register(category, base, true);
		assertThat(service.histories(List.of(received.id(), dispatched.id())))
			.hasEntrySatisfying(received.id(), h -> assertThat(h).extracting(HistoryEntry::action).containsExactly("register"))
			.hasEntrySatisfying(dispatched.id(),
					h -> assertThat(h).extracting(HistoryEntry::action).containsExactly("register", "dispatch"));
		assertThat(service.histories(List.of())).isEmpty();

		List<OrderUpdate> updates = service.updates(before, until, Set.of("dispatch"), 1000);
		assertThat(updates).filteredOn(u -> u.orderId() == dispatched.id())
			.extracting(OrderUpdate::orderNo, u -> u.entry().action())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(dispatched.orderNo(), "dispatch"));
		assertThat(updates).noneMatch(u -> u.orderId() == received.id());
		assertThat(service.updates(before, until, Set.of(), 1000)).isEmpty();
		assertThat(service.updates(until, until.plusSeconds(60), Set.of("register", "dispatch"), 1000))
			.noneMatch(u -> u.orderId() == dispatched.id());
	}
}
