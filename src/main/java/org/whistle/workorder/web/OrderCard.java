package org.whistle.workorder.web;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.whistle.workorder.Deadline;
import org.whistle.workorder.WorkOrderView;

/**
 * An order as the pages show it: names instead of ids and codes, the caller masked unless the
 * viewer may see them, times in the city's zone, and the steps the viewer is offered.
 *
 * @param suggestion where the responsibility catalog would send it now; only when it waits for dispatch
 */
record OrderCard(WorkOrderView order, String categoryName, String callerName, String callerPhone,
		String callerEmail, String lead, String handling, List<CoUnit> coUnits, String received, String replied,
		List<Due> deadlines, boolean late, boolean disputed, Set<OrderStep> steps, Suggestion suggestion) {

	OrderCard {
		coUnits = List.copyOf(coUnits);
		deadlines = List.copyOf(deadlines);
		steps = Set.copyOf(steps);
	}

	/** 临期: a deadline still to be met is near (and none is passed). */
	public boolean near() {
		return !late && deadlines.stream().anyMatch(Due::near);
	}

	/** The steps offered, in a fixed order. */
	public List<OrderStep> offered() {
		return Arrays.stream(OrderStep.values()).filter(steps::contains).toList();
	}

	/** Whether the viewer is offered the step, by its name, e.g. {@code can('SIGN')}. */
	public boolean can(String step) {
		return steps.contains(OrderStep.valueOf(step));
	}

	record CoUnit(long id, String name, String part) {
	}

	/**
	 * One deadline: {@code state} is PENDING (due in {@code span}), NEAR (临期: due in {@code span},
	 * within the last part of its time limit), LATE (late by {@code span}), DONE, DONE_LATE, or NONE
	 * when the step no longer counts.
	 */
	record Due(Deadline which, String at, String state, String span) {

		public boolean late() {
			return "LATE".equals(state);
		}

		public boolean near() {
			return "NEAR".equals(state);
		}
	}

	record Suggestion(Long leadId, Set<Long> coUnitIds, String reason) {

		public boolean coUnit(long unitId) {
			return coUnitIds.contains(unitId);
		}
	}
}
