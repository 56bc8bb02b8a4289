package org.whistle.workorder.web;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.whistle.workorder.Satisfaction;

/** The bodies of the order actions, validated before the order sees them. */
final class ActionBodies {

	private ActionBodies() {
	}

	record Dispatch(@NotNull Long unitId, Set<Long> coUnitIds, @Size(max = 1000) String note) {
	}

	record Note(@Size(max = 1000) String note) {
	}

	record Reply(@NotNull Boolean solved, @NotBlank @Size(max = 4000) String text) {
	}

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	record Review(@NotNull Boolean approve, @Size(max = 1000) String note) {
	}

	record Extension(@NotNull @Min(1) @Max(60) Integer days, @NotBlank @Size(max = 1000) String reason) {
	}

	record Unit(@NotNull Long unitId) {
	}

	record Callback(@NotNull Boolean reached, Boolean solved, Satisfaction satisfaction) {
	}

	record Merge(@NotNull Long intoId) {
	}

	record Answer(Long knowledgeId, @NotBlank @Size(max = 4000) String text) {
	}

	record Part(@NotBlank @Size(max = 4000) String text) {
	}
}
