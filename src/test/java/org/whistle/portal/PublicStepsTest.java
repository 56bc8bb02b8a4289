package org.whistle.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whistle.workorder.HistoryEntry;
import org.whistle.workorder.OrderStatus;

class PublicStepsTest {

	private static final Instant T = Instant.parse("2026-11-20T08:00:00Z");

	private static HistoryEntry entry(String action, String actor, String note) {
		return new HistoryEntry(T, 7L, actor, 3L, action, OrderStatus.SIGNED, OrderStatus.SIGNED, note);
	}

	@Test
	void the_public_sees_the_steps_of_the_loop_and_their_times_but_no_actor_and_no_note() {
		List<PublicSteps.Step> steps = PublicSteps.of(List.of(entry("register", "caller", "WEB"),
				entry("dispatch", "调度员王", "按派单目录"), entry("sign", "h-HEAT", null),
				entry("contact", "h-HEAT", "已电话联系 13800001111"), entry("reply", "h-HEAT", "已修好")));
		assertThat(steps).extracting(PublicSteps.Step::action)
			.containsExactly("register", "dispatch", "sign", "contact", "reply");
		assertThat(steps).allSatisfy(step -> assertThat(step.at()).isEqualTo(T));
		assertThat(PublicSteps.Step.class.getRecordComponents()).hasSize(2);
	}

	@Test
	void supervision_returns_asked_for_co_unit_answers_and_passing_down_stay_inside() {
		assertThat(PublicSteps.of(List.of(entry("supervise", "leader", "限期办结"),
				entry("return-requested", "h-HEAT", "非我单位职责"), entry("return-refused", "dispatcher", null),
				entry("co-answer", "h-CGW", "协办意见"), entry("pass-down", "h-990101", "→ unit 9"),
				entry("extension-requested", "h-HEAT", "3d: 等配件"), entry("callback-unreached", "callback", "#1"))))
			.isEmpty();
	}
}
