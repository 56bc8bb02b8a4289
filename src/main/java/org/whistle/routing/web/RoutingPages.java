package org.whistle.routing.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;
import org.whistle.routing.Repeat;
import org.whistle.routing.Routing;
import org.whistle.routing.Suggestion;
import org.whistle.routing.SuggestionChanged;
import org.whistle.workorder.ConcurrentChange;
import org.whistle.workorder.IllegalTransition;
import org.whistle.workorder.OrderNotFound;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/**
 * The routing parts of other modules' pages, as htmx fragments: the console's suggestions while
 * the operator types, the dispatch queue's suggested unit with 一键采纳, and an order's similar
 * open orders with 并单; and the two form posts (accept, merge).
 */
@Controller
class RoutingPages {

	private final Routing routing;
	private final WorkOrderService orders;
	private final PlaceQuestions questions;

	RoutingPages(Routing routing, WorkOrderService orders, PlaceQuestions questions) {
		this.routing = routing;
		this.orders = orders;
		this.questions = questions;
	}

	/** The console's suggestions for the form as typed; {@code category} as the console's field has it. */
	@GetMapping("/console/routing")
	@PreAuthorize("hasRole('OPERATOR')")
	String console(@RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String content,
			@RequestParam(defaultValue = "") String address, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lon, @RequestParam(defaultValue = "") String category,
			@RequestParam(defaultValue = "NORMAL") String urgency, Locale locale, Model model) {
		String text = clip(title + "\n" + content);
		boolean typed = !(text.isBlank() && address.isBlank() && lat == null);
		model.addAttribute("typed", typed);
		if (typed) {
			String code = categoryCode(category);
			Suggestion suggestion;
			try {
				suggestion = routing.suggest(new Routing.Query(text, clip(address), lat, lat == null ? null : lon, code,
						"URGENT".equals(urgency)));
			}
			catch (IllegalArgumentException unknownCategory) {
				suggestion = routing.suggest(new Routing.Query(text, clip(address), lat, lat == null ? null : lon, null,
						"URGENT".equals(urgency)));
				model.addAttribute("unknownCategory", category);
			}
			model.addAttribute("s", suggestion);
			model.addAttribute("question", questions.of(suggestion.place(), locale));
		}
		return "routing/fragments :: console";
	}

	/** The order page's similar open orders, with 并单 for those who may merge. */
	@GetMapping("/routing/orders/{id}/similar")
	String similar(@PathVariable long id, @AuthenticationPrincipal StaffDetails user, Model model) {
		Staff staff = user.staff();
		WorkOrderView order = orders.findFor(id, staff).orElseThrow(() -> new OrderNotFound(id));
		List<Repeat> similar = routing.suggestFor(order).repeats().stream()
			.filter(repeat -> orders.findFor(repeat.orderId(), staff).isPresent())
			.toList();
		model.addAttribute("order", order);
		model.addAttribute("similar", similar);
		model.addAttribute("canMerge", mayMerge(staff) && mergeable(order));
		return "routing/fragments :: similar";
	}

	@PostMapping("/routing/orders/{id}/merge")
	@PreAuthorize("hasAnyRole('OPERATOR', 'DISPATCHER')")
	String merge(@PathVariable long id, @RequestParam long into, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash, HttpServletResponse response, Model model) {
		try {
			orders.merge(id, into, user.staff());
		}
		catch (IllegalTransition | ConcurrentChange refused) {
			return refused(refused, "/orders/" + id, response, model);
		}
		flash.addFlashAttribute("notice", "routing.merged");
		flash.addFlashAttribute("noticeOrder", orders.find(into).map(WorkOrderView::orderNo).orElse("#" + into));
		return "redirect:/orders/" + id;
	}

	/** The suggested lead for a row of the dispatch queue, recorded as shown, with 一键采纳. */
	@GetMapping("/routing/orders/{id}/unit")
	@PreAuthorize("hasRole('DISPATCHER')")
	String unit(@PathVariable long id, @AuthenticationPrincipal StaffDetails user, Model model) {
		WorkOrderView order = orders.findFor(id, user.staff()).orElseThrow(() -> new OrderNotFound(id));
		Suggestion suggestion = routing.suggestFor(order);
		suggestion.unit().lead().filter(lead -> order.status() == OrderStatus.RECEIVED)
			.ifPresent(lead -> routing.shown(order, lead, suggestion.unit()));
		model.addAttribute("order", order);
		model.addAttribute("s", suggestion);
		return "routing/fragments :: unit";
	}

	@PostMapping("/routing/orders/{id}/accept")
	@PreAuthorize("hasRole('DISPATCHER')")
	String accept(@PathVariable long id, @RequestParam long unitId, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash, HttpServletResponse response, Model model) {
		WorkOrderView dispatched;
		try {
			dispatched = routing.accept(id, unitId, user.staff());
		}
		catch (SuggestionChanged | IllegalTransition | ConcurrentChange refused) {
			return refused(refused, "/dispatch", response, model);
		}
		flash.addFlashAttribute("notice", "routing.accepted");
		flash.addFlashAttribute("noticeOrder", dispatched.orderNo());
		return "redirect:/dispatch";
	}

	private static String refused(RuntimeException refused, String back, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("reason", refused.getMessage());
		model.addAttribute("back", back);
		return "routing/refused";
	}

	private static boolean mayMerge(Staff staff) {
		return staff.has(Role.OPERATOR) || staff.has(Role.DISPATCHER);
	}

	private static boolean mergeable(WorkOrderView order) {
		return order.status() == OrderStatus.RECEIVED || order.status().isWithUnit();
	}

	/** {@code 010208 冬季采暖} or {@code 010208} → the code; anything else is not a code. */
	private static String categoryCode(String input) {
		String first = input.strip().split("\\s+", 2)[0];
		return !first.isEmpty() && first.chars().allMatch(Character::isDigit) ? first : null;
	}

	private static String clip(String text) {
		return text.length() > RoutingApiController.MAX_TEXT ? text.substring(0, RoutingApiController.MAX_TEXT) : text;
	}
}
