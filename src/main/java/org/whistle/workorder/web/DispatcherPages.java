package org.whistle.workorder.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;
import org.whistle.workorder.OrderFilter;
import org.whistle.workorder.OrderFilter.Queue;
import org.whistle.workorder.OrderPage;
import org.whistle.workorder.WorkOrderService;

/**
 * {@code /dispatch}: the dispatch centre's queues. New orders (returned ones among them) to
 * dispatch or merge, return requests and extension requests to review; the dispute filter keeps
 * the orders whose lead the centre named or that came back more than once.
 */
@Controller
@PreAuthorize("hasRole('DISPATCHER')")
class DispatcherPages {

	static final int PAGE_SIZE = 30;

	/** Disputes are picked from this many of the queue's newest orders. */
	static final int DISPUTE_WINDOW = 200;

	enum Tab {
		NEW(Queue.TO_DISPATCH, "dispatchRow"), RETURNS(Queue.RETURN_REQUESTS, "returnRow"),
		EXTENSIONS(Queue.EXTENSION_REQUESTS, "extensionRow");

		final Queue queue;

		/** The fragment of {@code workorder/fragments} with the forms of each row. */
		final String rowActions;

		Tab(Queue queue, String rowActions) {
			this.queue = queue;
			this.rowActions = rowActions;
		}
	}

	private final WorkOrderService orders;
	private final OrderCards cards;
	private final OrderPageModel pages;

	DispatcherPages(WorkOrderService orders, OrderCards cards, OrderPageModel pages) {
		this.orders = orders;
		this.cards = cards;
		this.pages = pages;
	}

	@GetMapping("/dispatch")
	String queue(@RequestParam(defaultValue = "NEW") Tab tab, @RequestParam(defaultValue = "false") boolean disputes,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffDetails user, Locale locale,
			Model model) {
		Staff staff = user.staff();
		OrderPage found = orders.list(disputes ? queue(tab, 0, DISPUTE_WINDOW) : queue(tab, page, PAGE_SIZE), staff);
		List<OrderCard> shown = cards.of(found.orders(), staff, locale).stream()
			.filter(card -> !disputes || card.disputed())
			.toList();
		model.addAttribute("tab", tab);
		model.addAttribute("rowActions", tab.rowActions);
		model.addAttribute("tabs", PageTab.of(Tab.values(), tab, t -> link(t, disputes, 0),
				t -> orders.list(queue(t, 0, 1), staff).total()));
		model.addAttribute("disputes", disputes);
		pages.list(model, staff, shown, link(tab, disputes, disputes ? 0 : page),
				!disputes && page > 0 ? link(tab, false, page - 1) : null,
				!disputes && found.hasNext() ? link(tab, false, page + 1) : null);
		return "workorder/dispatch";
	}

	private static OrderFilter queue(Tab tab, int page, int size) {
		return new OrderFilter(null, null, null, null, tab.queue, null, page, size);
	}

	private static String link(Tab tab, boolean disputes, int page) {
		return UriComponentsBuilder.fromPath("/dispatch").queryParam("tab", tab.name())
			.queryParamIfPresent("disputes", disputes ? Optional.of(true) : Optional.empty())
			.queryParamIfPresent("page", page > 0 ? Optional.of(page) : Optional.empty())
			.build().toUriString();
	}
}
