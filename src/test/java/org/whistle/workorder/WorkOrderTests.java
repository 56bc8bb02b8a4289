package org.whistle.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.whistle.workorder.Orders.CALLBACK;
import static org.whistle.workorder.Orders.COMMUNITY;
import static org.whistle.workorder.Orders.COMMUNITY_HANDLER;
import static org.whistle.workorder.Orders.DISPATCHER;
import static org.whistle.workorder.Orders.HEATING;
import static org.whistle.workorder.Orders.HEATING_HANDLER;
import static org.whistle.workorder.Orders.POLICIES;
import static org.whistle.workorder.Orders.STREET;
import static org.whistle.workorder.Orders.STREET_HANDLER;
import static org.whistle.workorder.Orders.T0;
import static org.whistle.workorder.Orders.WATER;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WorkOrderTests {

	private static final Instant LATER = T0.plus(Duration.ofDays(3));

	/** Asserts that the step is refused and the order is exactly as before. */
	private static void refused(WorkOrder order, Runnable step) {
		WorkOrderView before = order.view();
		int history = order.newHistory().size();
		assertThatThrownBy(step::run).isInstanceOfAny(IllegalTransition.class, IllegalArgumentException.class);
		assertThat(order.view()).isEqualTo(before);
		assertThat(order.newHistory()).hasSize(history);
	}

	@Nested
	class Dispatch {

		@Test
		void a_received_order_is_dispatched_to_a_lead_unit_with_co_units_and_deadlines() {
			WorkOrder order = Orders.received();
			Instant at = T0.plusSeconds(60);
			order.dispatch(STREET, Set.of(HEATING), null, DISPATCHER, at);
			WorkOrderView view = order.view();
			assertThat(view.status()).isEqualTo(OrderStatus.DISPATCHED);
			assertThat(view.leadUnitId()).isEqualTo(STREET);
			assertThat(view.coUnitIds()).containsExactly(HEATING);
			assertThat(view.deadlines()).isEqualTo(new Deadlines(at.plus(Duration.ofHours(2)),
					at.plus(Duration.ofHours(24)), at.plus(Duration.ofDays(7))));
			assertThat(order.events()).hasAtLeastOneElementOfType(WorkOrderEvents.Dispatched.class);
		}

		@Test
		void a_dispatch_says_who_made_it_and_none_for_the_system() {
			WorkOrder byHand = Orders.received();
			byHand.dispatch(STREET, Set.of(), null, DISPATCHER, LATER);
			assertThat(byHand.events()).filteredOn(WorkOrderEvents.Dispatched.class::isInstance)
				.singleElement().extracting("byId", "byName").containsExactly(100L, "派单员");
			WorkOrder bySystem = Orders.received();
			bySystem.dispatch(STREET, Set.of(), null, Actor.SYSTEM, LATER);
			assertThat(bySystem.events()).filteredOn(WorkOrderEvents.Dispatched.class::isInstance)
				.singleElement().extracting("byId").isNull();
		}

		@Test
		void a_dispatched_order_cannot_be_dispatched_again() {
			WorkOrder order = Orders.dispatched();
			refused(order, () -> order.dispatch(WATER, Set.of(), null, DISPATCHER, LATER));
		}

		@Test
		void the_lead_unit_cannot_also_be_a_co_unit() {
			WorkOrder order = Orders.received();
			refused(order, () -> order.dispatch(STREET, Set.of(STREET), null, DISPATCHER, LATER));
		}
	}

	@Nested
	class Handling {

		@Test
		void the_lead_unit_signs_for_a_dispatched_order() {
			WorkOrder order = Orders.dispatched();
			order.sign(STREET_HANDLER, LATER);
			assertThat(order.view().status()).isEqualTo(OrderStatus.SIGNED);
			assertThat(order.view().signedAt()).isEqualTo(LATER);
		}

		@Test
		void another_unit_cannot_sign_for_the_order() {
			WorkOrder order = Orders.dispatched();
			refused(order, () -> order.sign(HEATING_HANDLER, LATER));
		}

		@Test
		void an_order_is_signed_for_only_once() {
			WorkOrder order = Orders.signed();
			refused(order, () -> order.sign(STREET_HANDLER, LATER));
		}

		@Test
		void contacting_the_caller_is_recorded_with_its_time() {
			WorkOrder order = Orders.signed();
			order.contactCaller("电话联系", STREET_HANDLER, LATER);
			assertThat(order.view().contactedAt()).isEqualTo(LATER);
		}

		@Test
		void the_caller_is_contacted_only_after_signing() {
			WorkOrder order = Orders.dispatched();
			refused(order, () -> order.contactCaller(null, STREET_HANDLER, LATER));
		}

		@Test
		void a_late_contact_is_reported_as_late() {
			WorkOrder order = Orders.signed();
			order.contactCaller(null, STREET_HANDLER, T0.plus(Duration.ofDays(2)));
			assertThat(order.events()).filteredOn(WorkOrderEvents.CallerContacted.class::isInstance)
				.singleElement()
				.satisfies(e -> assertThat(((WorkOrderEvents.CallerContacted) e).late()).isTrue());
		}

		@Test
		void a_reply_needs_the_caller_contacted_first() {
			WorkOrder order = Orders.signed();
			refused(order, () -> order.reply(true, "已解决", STREET_HANDLER, LATER));
		}

		@Test
		void a_reply_needs_a_text() {
			WorkOrder order = Orders.contacted();
			refused(order, () -> order.reply(true, "  ", STREET_HANDLER, LATER));
		}

		@Test
		void the_lead_unit_replies_with_the_result() {
			WorkOrder order = Orders.contacted();
			order.reply(false, "需协调产权单位，暂未解决。", STREET_HANDLER, LATER);
			WorkOrderView view = order.view();
			assertThat(view.status()).isEqualTo(OrderStatus.REPLIED);
			assertThat(view.solved()).isFalse();
			assertThat(view.replyText()).isEqualTo("需协调产权单位，暂未解决。");
		}

		@Test
		void a_co_unit_answers_its_part_and_cannot_reply_for_all() {
			WorkOrder order = Orders.contacted();
			order.answerPart("已对管线排气。", HEATING_HANDLER, LATER);
			assertThat(order.view().coUnitParts()).containsEntry(HEATING, "已对管线排气。");
			refused(order, () -> order.reply(true, "已解决", HEATING_HANDLER, LATER));
		}

		@Test
		void only_a_co_unit_answers_a_part() {
			WorkOrder order = Orders.contacted();
			refused(order, () -> order.answerPart("不是协办单位", COMMUNITY_HANDLER, LATER));
		}

		@Test
		void a_street_office_passes_its_order_down_and_stays_the_lead() {
			WorkOrder order = Orders.signed();
			order.passDown(COMMUNITY, STREET_HANDLER, LATER);
			assertThat(order.view().leadUnitId()).isEqualTo(STREET);
			assertThat(order.view().handlingUnitId()).isEqualTo(COMMUNITY);
			order.contactCaller("社区网格员上门", COMMUNITY_HANDLER, LATER);
			assertThat(order.view().contactedAt()).isEqualTo(LATER);
		}

		@Test
		void only_the_lead_unit_passes_an_order_down() {
			WorkOrder order = Orders.signed();
			refused(order, () -> order.passDown(COMMUNITY, HEATING_HANDLER, LATER));
		}
	}

	@Nested
	class Returns {

		@Test
		void a_returned_order_goes_back_to_the_dispatcher() {
			WorkOrder order = Orders.signed();
			order.requestReturn("不属于本街道管辖", STREET_HANDLER, LATER);
			assertThat(order.view().pendingReturnReason()).isEqualTo("不属于本街道管辖");
			order.reviewReturn(true, "改派", POLICIES, DISPATCHER, LATER);
			WorkOrderView view = order.view();
			assertThat(view.status()).isEqualTo(OrderStatus.RECEIVED);
			assertThat(view.leadUnitId()).isNull();
			assertThat(view.returnCount()).isEqualTo(1);
			assertThat(view.deadlines()).isNull();
		}

		@Test
		void a_refused_return_leaves_the_order_with_the_unit() {
			WorkOrder order = Orders.signed();
			order.requestReturn("不属于本街道管辖", STREET_HANDLER, LATER);
			order.reviewReturn(false, "属地管理，请办理", POLICIES, DISPATCHER, LATER);
			WorkOrderView view = order.view();
			assertThat(view.status()).isEqualTo(OrderStatus.SIGNED);
			assertThat(view.leadUnitId()).isEqualTo(STREET);
			assertThat(view.pendingReturnReason()).isNull();
			assertThat(view.returnCount()).isZero();
		}

		@Test
		void a_return_needs_a_reason() {
			WorkOrder order = Orders.signed();
			refused(order, () -> order.requestReturn("", STREET_HANDLER, LATER));
		}

		@Test
		void there_is_nothing_to_review_without_a_return_request() {
			WorkOrder order = Orders.signed();
			refused(order, () -> order.reviewReturn(true, null, POLICIES, DISPATCHER, LATER));
		}

		@Test
		void after_enough_returns_the_centre_names_the_lead_and_it_can_no_longer_return() {
			WorkOrder order = Orders.received();
			for (int i = 0; i < POLICIES.returnsBeforeCentreDecides(); i++) {
				order.dispatch(STREET, Set.of(), null, DISPATCHER, LATER);
				order.requestReturn("不属于本单位", STREET_HANDLER, LATER);
				order.reviewReturn(true, null, POLICIES, DISPATCHER, LATER);
			}
			assertThat(order.view().leadNamedByCentre()).isTrue();
			order.dispatch(WATER, Set.of(), "派单异议审核：由自来水集团主办", DISPATCHER, LATER);
			refused(order, () -> order.requestReturn("仍不属于本单位", Actor.staff(105, "水务", WATER), LATER));
		}
	}

	@Nested
	class Extensions {

		@Test
		void an_approved_extension_moves_the_resolution_deadline() {
			WorkOrder order = Orders.signed();
			Instant due = order.view().deadlines().resolveBy();
			order.requestExtension(5, "需采购配件", POLICIES, STREET_HANDLER, LATER);
			order.reviewExtension(true, DISPATCHER, LATER);
			assertThat(order.view().deadlines().resolveBy()).isEqualTo(due.plus(Duration.ofDays(5)));
			assertThat(order.view().pendingExtensionDays()).isNull();
		}

		@Test
		void a_refused_extension_keeps_the_deadline() {
			WorkOrder order = Orders.signed();
			Instant due = order.view().deadlines().resolveBy();
			order.requestExtension(5, "需采购配件", POLICIES, STREET_HANDLER, LATER);
			order.reviewExtension(false, DISPATCHER, LATER);
			assertThat(order.view().deadlines().resolveBy()).isEqualTo(due);
		}

		@Test
		void an_extension_asks_for_a_sensible_number_of_days() {
			WorkOrder order = Orders.signed();
			refused(order, () -> order.requestExtension(0, "原因", POLICIES, STREET_HANDLER, LATER));
			refused(order, () -> order.requestExtension(POLICIES.maxExtensionDays() + 1, "原因", POLICIES, STREET_HANDLER, LATER));
		}

		@Test
		void one_extension_request_waits_at_a_time() {
			WorkOrder order = Orders.signed();
			order.requestExtension(2, "原因", POLICIES, STREET_HANDLER, LATER);
			refused(order, () -> order.requestExtension(3, "又一个原因", POLICIES, STREET_HANDLER, LATER));
		}
	}

	@Nested
	class Callback {

		@Test
		void a_solved_callback_closes_the_order() {
			WorkOrder order = Orders.replied();
			order.callback(true, true, Satisfaction.SATISFIED, POLICIES, CALLBACK, LATER);
			WorkOrderView view = order.view();
			assertThat(view.status()).isEqualTo(OrderStatus.CLOSED);
			assertThat(view.closure()).isEqualTo(Closure.SOLVED);
			assertThat(view.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
			assertThat(order.newHistory()).extracting(HistoryEntry::to)
				.containsSubsequence(OrderStatus.REPLIED, OrderStatus.CALLED_BACK, OrderStatus.CLOSED);
		}

		@Test
		void the_callers_own_rating_is_the_callback_and_names_no_one_in_the_history() {
			WorkOrder order = Orders.replied();
			order.callback(true, true, Satisfaction.BASICALLY_SATISFIED, POLICIES, Actor.CALLER, LATER);
			assertThat(order.view().status()).isEqualTo(OrderStatus.CLOSED);
			assertThat(order.view().satisfaction()).isEqualTo(Satisfaction.BASICALLY_SATISFIED);
			HistoryEntry callback = order.newHistory().stream().filter(e -> e.action().equals("callback")).findFirst()
				.orElseThrow();
			assertThat(callback.actorName()).isEqualTo("caller");
			assertThat(callback.actorId()).isNull();
			assertThat(order.events()).anySatisfy(event -> assertThat(event)
				.isEqualTo(new WorkOrderEvents.CalledBack(order.id(), order.view().leadUnitId(), true,
						Satisfaction.BASICALLY_SATISFIED)));
		}

		@Test
		void a_callback_that_finds_it_not_solved_reopens_it_with_the_same_unit_and_a_new_deadline() {
			WorkOrder order = Orders.replied();
			order.callback(true, false, Satisfaction.DISSATISFIED, POLICIES, CALLBACK, LATER);
			WorkOrderView view = order.view();
			assertThat(view.status()).isEqualTo(OrderStatus.DISPATCHED);
			assertThat(view.leadUnitId()).isEqualTo(STREET);
			assertThat(view.reopenCount()).isEqualTo(1);
			assertThat(view.deadlines().resolveBy()).isEqualTo(LATER.plus(Duration.ofDays(7)));
			assertThat(view.contactedAt()).isNull();
		}

		@Test
		void an_unreachable_caller_is_tried_again_then_the_order_closes_unverified() {
			WorkOrder order = Orders.replied();
			for (int attempt = 1; attempt < POLICIES.callbackAttempts(); attempt++) {
				order.callback(false, null, null, POLICIES, CALLBACK, LATER);
				assertThat(order.view().status()).isEqualTo(OrderStatus.REPLIED);
			}
			order.callback(false, null, null, POLICIES, CALLBACK, LATER);
			assertThat(order.view().status()).isEqualTo(OrderStatus.CLOSED);
			assertThat(order.view().closure()).isEqualTo(Closure.NOT_VERIFIED);
		}

		@Test
		void a_reached_caller_says_whether_it_is_solved_and_how_satisfied() {
			WorkOrder order = Orders.replied();
			refused(order, () -> order.callback(true, null, null, POLICIES, CALLBACK, LATER));
		}

		@Test
		void only_a_replied_order_is_called_back() {
			WorkOrder order = Orders.signed();
			refused(order, () -> order.callback(true, true, Satisfaction.SATISFIED, POLICIES, CALLBACK, LATER));
		}
	}

	@Nested
	class MergeAndAnswer {

		@Test
		void a_repeat_waits_for_the_order_it_joined_and_shares_its_reply() {
			WorkOrder target = Orders.signed();
			WorkOrder repeat = Orders.received();
			repeat.mergeInto(target, DISPATCHER, LATER);
			assertThat(repeat.view().status()).isEqualTo(OrderStatus.MERGED);
			assertThat(repeat.view().mergedInto()).isEqualTo(target.id());
			target.contactCaller(null, STREET_HANDLER, LATER);
			target.reply(true, "已修复", STREET_HANDLER, LATER);
			repeat.takeReplyOf(target, LATER);
			assertThat(repeat.view().status()).isEqualTo(OrderStatus.REPLIED);
			assertThat(repeat.view().replyText()).isEqualTo("已修复");
		}

		@Test
		void an_order_is_not_merged_into_a_replied_or_closed_one() {
			WorkOrder target = Orders.replied();
			WorkOrder repeat = Orders.received();
			refused(repeat, () -> repeat.mergeInto(target, DISPATCHER, LATER));
		}

		@Test
		void an_order_is_not_merged_into_itself() {
			WorkOrder order = Orders.received();
			refused(order, () -> order.mergeInto(order, DISPATCHER, LATER));
		}

		@Test
		void a_consultation_is_answered_on_the_spot_and_closed_without_dispatch() {
			WorkOrder order = Orders.received();
			order.answerDirectly("供暖季为每年11月15日至次年3月15日。", Actor.staff(99, "话务员", 1), LATER);
			assertThat(order.view().status()).isEqualTo(OrderStatus.CLOSED);
			assertThat(order.view().closure()).isEqualTo(Closure.ANSWERED_DIRECTLY);
			assertThat(order.view().dispatchedAt()).isNull();
		}

		@Test
		void a_dispatched_order_is_not_answered_directly() {
			WorkOrder order = Orders.dispatched();
			refused(order, () -> order.answerDirectly("答复", DISPATCHER, LATER));
		}
	}

	@Nested
	class DeadlinesAndSupervision {

		@Test
		void an_order_past_its_sign_deadline_is_marked_overdue_and_supervised_once() {
			WorkOrder order = Orders.dispatched();
			Instant late = order.view().deadlines().signBy().plusSeconds(1);
			assertThat(order.markOverdue(Deadline.SIGN, late)).isTrue();
			assertThat(order.view().overdue()).isTrue();
			assertThat(order.view().supervised()).isTrue();
			assertThat(order.markOverdue(Deadline.SIGN, late)).isFalse();
		}

		@Test
		void a_deadline_met_in_time_marks_nothing() {
			WorkOrder order = Orders.signed();
			Instant late = order.view().deadlines().signBy().plusSeconds(1);
			assertThat(order.markOverdue(Deadline.SIGN, late)).isFalse();
			assertThat(order.view().overdue()).isFalse();
		}

		@Test
		void a_near_deadline_of_an_undone_step_is_warned_of_in_the_history() {
			WorkOrder order = Orders.dispatched();
			Instant soon = order.view().deadlines().signBy().minusSeconds(60);
			assertThat(order.warnOf(Deadline.SIGN, soon)).isTrue();
			assertThat(order.newHistory()).last().extracting(HistoryEntry::action, HistoryEntry::note)
				.containsExactly("deadlineNear", "SIGN");
			assertThat(order.events()).last().isInstanceOf(WorkOrderEvents.DeadlineNear.class);
		}

		@Test
		void no_warning_comes_for_a_step_done_or_a_deadline_passed() {
			WorkOrder signed = Orders.signed();
			assertThat(signed.warnOf(Deadline.SIGN, signed.view().deadlines().signBy().minusSeconds(60))).isFalse();
			WorkOrder late = Orders.dispatched();
			assertThat(late.warnOf(Deadline.SIGN, late.view().deadlines().signBy().plusSeconds(1))).isFalse();
		}

		@Test
		void a_timer_that_fires_before_the_moved_deadline_marks_nothing() {
			WorkOrder order = Orders.signed();
			Instant firstDue = order.view().deadlines().resolveBy();
			order.requestExtension(5, "需采购配件", POLICIES, STREET_HANDLER, LATER);
			order.reviewExtension(true, DISPATCHER, LATER);
			assertThat(order.markOverdue(Deadline.RESOLVE, firstDue.plusSeconds(1))).isFalse();
		}

		@Test
		void staff_supervise_an_open_order_with_a_note() {
			WorkOrder order = Orders.signed();
			order.supervise("请加快办理", DISPATCHER, LATER);
			assertThat(order.view().supervised()).isTrue();
			assertThat(order.newHistory()).last().extracting(HistoryEntry::note).isEqualTo("请加快办理");
		}

		@Test
		void a_closed_order_is_not_supervised() {
			WorkOrder order = Orders.replied();
			order.callback(true, true, Satisfaction.SATISFIED, POLICIES, CALLBACK, LATER);
			refused(order, () -> order.supervise("催办", DISPATCHER, LATER));
		}
	}
}
