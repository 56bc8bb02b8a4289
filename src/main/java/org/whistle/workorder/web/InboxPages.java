package org.whistle.workorder.web;

import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;
import org.whistle.workorder.OrderFilter;
import org.whistle.workorder.OrderPage;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderService;

/**
 * {@code /inbox}: a unit's orders (as lead, the unit it was passed down to, or co-unit) by where
 * they stand: to sign for, in progress, replied. The steps are on each order's page.
 */
@Controller
@PreAuthorize("hasRole('HANDLER')")
class InboxPages {

	static final int PAGE_SIZE = 30;

	enum Tab {
		TO_SIGN(OrderStatus.DISPATCHED), IN_PROGRESS(OrderStatus.SIGNED), REPLIED(OrderStatus.REPLIED);

		final OrderStatus status;

		Tab(OrderStatus status) {
			this.status = status;
		}
	}

	private final WorkOrderService orders;
	private final OrderCards cards;
	private final OrderPageModel pages;

	InboxPages(WorkOrderService orders, OrderCards cards, OrderPageModel pages) {
		this.orders = orders;
		this.cards = cards;
		this.pages = pages;
	}

	@GetMapping("/inbox")
	String inbox(@RequestParam(defaultValue = "TO_SIGN") Tab tab, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal StaffDetails user, Locale locale, Model model) {
		Staff staff = user.staff();
		OrderPage found = orders.list(filter(tab, staff, page, PAGE_SIZE), staff);
		List<OrderCard> shown = cards.of(found.orders(), staff, locale);
		model.addAttribute("tab", tab);
		model.addAttribute("tabs", PageTab.of(Tab.values(), tab, t -> link(t, 0),
				t -> orders.list(filter(t, staff, 0, 1), staff).total()));
		pages.list(model, staff, shown, link(tab, page), page > 0 ? link(tab, page - 1) : null,
				found.hasNext() ? link(tab, page + 1) : null);
		return "workorder/inbox";
	}

	/** Only the orders of the user's own unit, whatever other roles they hold. */
	private static OrderFilter filter(Tab tab, Staff staff, int page, int size) {
		return new OrderFilter(tab.status, null, null, null, null, staff.unitId(), page, size);
	}

	private static String link(Tab tab, int page) {
		return "/inbox?tab=" + tab.name() + (page > 0 ? "&page=" + page : "");
	}
}
