package org.whistle.workorder.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.whistle.people.StaffDetails;

/** {@code /orders/{id}}: one order with its history and the steps the viewer may take; 404 for others' orders. */
@Controller
class OrderPages {

	private final OrderPageModel pages;

	OrderPages(OrderPageModel pages) {
		this.pages = pages;
	}

	@GetMapping("/orders/{id}")
	String order(@PathVariable long id, @AuthenticationPrincipal StaffDetails user, Locale locale, Model model) {
		return pages.orderPage(id, user.staff(), locale, null, model);
	}
}
