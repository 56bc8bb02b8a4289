package org.whistle.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A decision about an order taken in another module (the scorecard's 剔除) is a line of its history. */
class AnnotationTests {

	@Test
	void a_note_from_elsewhere_adds_a_history_line_and_changes_nothing_else() {
		WorkOrder order = Orders.replied();
		WorkOrderView before = order.view();
		int lines = order.newHistory().size();

		order.annotate("exclusion-approved", "UNREASONABLE: 同意", Orders.DISPATCHER, Orders.T0.plusSeconds(999_999));

		assertThat(order.view()).isEqualTo(before);
		assertThat(order.newHistory()).hasSize(lines + 1);
		HistoryEntry line = order.newHistory().get(lines);
		assertThat(line.action()).isEqualTo("exclusion-approved");
		assertThat(line.from()).isEqualTo(OrderStatus.REPLIED);
		assertThat(line.to()).isEqualTo(OrderStatus.REPLIED);
		assertThat(line.actorName()).isEqualTo("派单员");
		assertThat(order.events()).noneMatch(e -> e.getClass().getSimpleName().startsWith("Exclusion"));
	}

	@Test
	void a_note_without_an_action_is_refused() {
		assertThatThrownBy(() -> Orders.replied().annotate(" ", "x", Orders.DISPATCHER, Orders.T0))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
