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
import org.whistle.workorder.WorkOrderService;

/** {@code /callbacks}: replied orders waiting for the callback (回访), with the caller to call and the reply. */
@Controller
@PreAuthorize("hasRole('CALLBACK')")
class CallbackPages {

	static final int PAGE_SIZE = 30;

	private final WorkOrderService orders;
	private final OrderCards cards;
	private final OrderPageModel pages;

	CallbackPages(WorkOrderService orders, OrderCards cards, OrderPageModel pages) {
		this.orders = orders;
		this.cards = cards;
		this.pages = pages;
	}

	@GetMapping("/callbacks")
	String callbacks(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal StaffDetails user,
			Locale locale, Model model) {
		Staff staff = user.staff();
		OrderPage found = orders.list(
				new OrderFilter(null, null, null, null, OrderFilter.Queue.TO_CALL_BACK, null, page, PAGE_SIZE), staff);
		List<OrderCard> shown = cards.of(found.orders(), staff, locale);
		model.addAttribute("total", found.total());
		pages.list(model, staff, shown, page > 0 ? "/callbacks?page=" + page : "/callbacks",
				page > 0 ? "/callbacks?page=" + (page - 1) : null,
				found.hasNext() ? "/callbacks?page=" + (page + 1) : null);
		return "workorder/callbacks";
	}
}
