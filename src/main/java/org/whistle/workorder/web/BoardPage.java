package org.whistle.workorder.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;
import org.whistle.workorder.OrderFilter;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/**
 * {@code /board}: the centre's live view. Open orders under supervision (every overdue order is
 * supervised), newest first, and how many orders stand in each status; the page polls
 * {@code /board/live} every 30 seconds.
 */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'ADMIN', 'ANALYST')")
class BoardPage {

	static final int SHOWN = 50;

	private final WorkOrderService orders;
	private final OrderCards cards;
	private final CityTimes times;

	BoardPage(WorkOrderService orders, OrderCards cards, CityTimes times) {
		this.orders = orders;
		this.cards = cards;
		this.times = times;
	}

	@GetMapping("/board")
	String board(@AuthenticationPrincipal StaffDetails user, Locale locale, Model model) {
		live(user.staff(), locale, model);
		return "workorder/board";
	}

	@GetMapping("/board/live")
	String refresh(@AuthenticationPrincipal StaffDetails user, Locale locale, Model model) {
		live(user.staff(), locale, model);
		return "workorder/board :: live";
	}

	private void live(Staff staff, Locale locale, Model model) {
		Map<OrderStatus, Long> counts = new LinkedHashMap<>();
		for (OrderStatus status : OrderStatus.values()) {
			counts.put(status, orders.list(new OrderFilter(status, null, null, null, null, null, 0, 1), staff).total());
		}
		List<WorkOrderView> flagged = Arrays.stream(OrderStatus.values())
			.filter(OrderStatus::isOpen)
			.flatMap(status -> orders.list(new OrderFilter(status, null, null, true, null, null, 0, SHOWN), staff)
				.orders().stream())
			.sorted(Comparator.comparing((WorkOrderView o) -> o.request().receivedAt())
				.thenComparing(WorkOrderView::id).reversed())
			.limit(SHOWN)
			.toList();
		model.addAttribute("counts", counts);
		model.addAttribute("cards", cards.of(flagged, staff, locale));
		model.addAttribute("updated", times.format(times.now()));
	}
}
