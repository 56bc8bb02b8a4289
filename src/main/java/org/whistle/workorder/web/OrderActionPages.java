package org.whistle.workorder.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;
import org.whistle.workorder.ConcurrentChange;
import org.whistle.workorder.IllegalTransition;
import org.whistle.workorder.OrderAction;
import org.whistle.workorder.OrderNotFound;
import org.whistle.workorder.WorkOrderPolicies;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/**
 * The steps on an order as form posts from the pages. A step done returns to the page it came
 * from with a notice; a refused one (the order's state, someone else's change, invalid input)
 * shows the order page with the reason, answering 409 or 400, and changes nothing.
 */
@Controller
@RequestMapping("/orders/{id}")
class OrderActionPages {

	private final WorkOrderService orders;
	private final WorkOrderPolicies policies;
	private final UnitChecks units;
	private final OrderPageModel pages;
	private final MessageSource messages;

	OrderActionPages(WorkOrderService orders, WorkOrderPolicies policies, UnitChecks units, OrderPageModel pages,
			MessageSource messages) {
		this.orders = orders;
		this.policies = policies;
		this.units = units;
		this.pages = pages;
		this.messages = messages;
	}

	/** Why a step was refused, in the page's language, and the order's own words when it gave some. */
	record Refusal(String message, String detail) {
	}

	@PostMapping("/dispatch")
	@PreAuthorize("hasRole('DISPATCHER')")
	String dispatch(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		long lead = ActionForm.required(form.unitId(), "unit");
		Set<Long> coUnits = form.coUnits();
		units.requireExisting(lead);
		coUnits.forEach(units::requireExisting);
		String note = ActionForm.optional(form.note(), ActionForm.MAX_NOTE, "note");
		return act(id, user, form, flash, OrderStep.DISPATCH,
				(order, actor, now) -> order.dispatch(lead, coUnits, note, actor, now));
	}

	@PostMapping("/merge")
	@PreAuthorize("hasRole('DISPATCHER')")
	String merge(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		String orderNo = ActionForm.required(form.orderNo(), 40, "orderNo");
		WorkOrderView target = orders.findByOrderNo(orderNo, user.staff())
			.orElseThrow(() -> new InvalidInput("workorder.invalid.orderNo", orderNo));
		return done(orders.merge(id, target.id(), user.staff()), form, flash, OrderStep.MERGE);
	}

	@PostMapping("/return-review")
	@PreAuthorize("hasRole('DISPATCHER')")
	String reviewReturn(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		boolean approve = ActionForm.required(form.approve(), "approve");
		String note = ActionForm.optional(form.note(), ActionForm.MAX_NOTE, "note");
		return act(id, user, form, flash, OrderStep.RETURN_REVIEW,
				(order, actor, now) -> order.reviewReturn(approve, note, policies, actor, now));
	}

	@PostMapping("/extension-review")
	@PreAuthorize("hasRole('DISPATCHER')")
	String reviewExtension(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		boolean approve = ActionForm.required(form.approve(), "approve");
		return act(id, user, form, flash, OrderStep.EXTENSION_REVIEW,
				(order, actor, now) -> order.reviewExtension(approve, actor, now));
	}

	@PostMapping("/supervise")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'LEADER', 'ADMIN')")
	String supervise(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		String note = ActionForm.optional(form.note(), ActionForm.MAX_NOTE, "note");
		return act(id, user, form, flash, OrderStep.SUPERVISE, (order, actor, now) -> order.supervise(note, actor, now));
	}

	@PostMapping("/answer")
	@PreAuthorize("hasRole('OPERATOR')")
	String answer(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		String text = ActionForm.required(form.text(), ActionForm.MAX_TEXT, "text");
		return act(id, user, form, flash, OrderStep.ANSWER, (order, actor, now) -> order.answerDirectly(text, actor, now));
	}

	@PostMapping("/sign")
	@PreAuthorize("hasRole('HANDLER')")
	String sign(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		return act(id, user, form, flash, OrderStep.SIGN, (order, actor, now) -> order.sign(actor, now));
	}

	@PostMapping("/contact")
	@PreAuthorize("hasRole('HANDLER')")
	String contact(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		String note = ActionForm.optional(form.note(), ActionForm.MAX_NOTE, "note");
		return act(id, user, form, flash, OrderStep.CONTACT,
				(order, actor, now) -> order.contactCaller(note, actor, now));
	}

	@PostMapping("/reply")
	@PreAuthorize("hasRole('HANDLER')")
	String reply(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		boolean solved = ActionForm.required(form.solved(), "solved");
		String text = ActionForm.required(form.text(), ActionForm.MAX_TEXT, "text");
		return act(id, user, form, flash, OrderStep.REPLY, (order, actor, now) -> order.reply(solved, text, actor, now));
	}

	@PostMapping("/co-answer")
	@PreAuthorize("hasRole('HANDLER')")
	String coAnswer(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		String text = ActionForm.required(form.text(), ActionForm.MAX_TEXT, "text");
		return act(id, user, form, flash, OrderStep.CO_ANSWER, (order, actor, now) -> order.answerPart(text, actor, now));
	}

	@PostMapping("/return")
	@PreAuthorize("hasRole('HANDLER')")
	String requestReturn(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		String reason = ActionForm.required(form.reason(), ActionForm.MAX_NOTE, "reason");
		return act(id, user, form, flash, OrderStep.RETURN,
				(order, actor, now) -> order.requestReturn(reason, actor, now));
	}

	@PostMapping("/extension")
	@PreAuthorize("hasRole('HANDLER')")
	String requestExtension(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		Integer days = form.days();
		if (days == null || days < 1 || days > policies.maxExtensionDays()) {
			throw new InvalidInput("workorder.invalid.days", policies.maxExtensionDays());
		}
		String reason = ActionForm.required(form.reason(), ActionForm.MAX_NOTE, "reason");
		return act(id, user, form, flash, OrderStep.EXTENSION,
				(order, actor, now) -> order.requestExtension(days, reason, policies, actor, now));
	}

	@PostMapping("/pass-down")
	@PreAuthorize("hasRole('HANDLER')")
	String passDown(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		long unit = ActionForm.required(form.unitId(), "unit");
		units.requireBelow(unit, user.staff().unitId());
		return act(id, user, form, flash, OrderStep.PASS_DOWN, (order, actor, now) -> order.passDown(unit, actor, now));
	}

	@PostMapping("/callback")
	@PreAuthorize("hasRole('CALLBACK')")
	String callback(@PathVariable long id, ActionForm form, @AuthenticationPrincipal StaffDetails user,
			RedirectAttributes flash) {
		boolean reached = ActionForm.required(form.reached(), "reached");
		if (reached && (form.solved() == null || form.satisfaction() == null)) {
			throw new InvalidInput("workorder.invalid.verdict");
		}
		return act(id, user, form, flash, OrderStep.CALLBACK, (order, actor, now) -> order.callback(reached,
				reached ? form.solved() : null, reached ? form.satisfaction() : null, policies, actor, now));
	}

	private String act(long id, StaffDetails user, ActionForm form, RedirectAttributes flash, OrderStep step,
			OrderAction action) {
		return done(orders.act(id, user.staff(), action), form, flash, step);
	}

	private static String done(WorkOrderView order, ActionForm form, RedirectAttributes flash, OrderStep step) {
		flash.addFlashAttribute("notice", "workorder.done." + step.name());
		flash.addFlashAttribute("noticeOrder", order.orderNo());
		return "redirect:" + form.backOr("/orders/" + order.id());
	}

	@ExceptionHandler({ IllegalTransition.class, ConcurrentChange.class })
	String refused(RuntimeException refusal, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		String key = refusal instanceof ConcurrentChange ? "workorder.refused.concurrent" : "workorder.refused.state";
		Refusal why = new Refusal(messages.getMessage(key, null, locale), refusal.getMessage());
		return refusedPage(HttpStatus.CONFLICT, why, request, response, model, locale);
	}

	@ExceptionHandler({ InvalidInput.class, IllegalArgumentException.class, BindException.class })
	String invalid(Exception invalid, HttpServletRequest request, HttpServletResponse response, Model model,
			Locale locale) {
		Refusal refusal;
		if (invalid instanceof InvalidInput input) {
			refusal = new Refusal(messages.getMessage(input.key(), input.arguments(), locale), null);
		}
		else {
			String detail = invalid instanceof IllegalArgumentException ? invalid.getMessage() : null;
			refusal = new Refusal(messages.getMessage("workorder.refused.invalid", null, locale), detail);
		}
		return refusedPage(HttpStatus.BAD_REQUEST, refusal, request, response, model, locale);
	}

	/** The order page with the reason; the forms still return to where the step came from. */
	private String refusedPage(HttpStatus status, Refusal refusal, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		@SuppressWarnings("unchecked")
		Map<String, String> path = (Map<String, String>) request
			.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		Staff staff = ((StaffDetails) SecurityContextHolder.getContext().getAuthentication().getPrincipal()).staff();
		response.setStatus(status.value());
		model.addAttribute("refusal", refusal);
		try {
			return pages.orderPage(Long.parseLong(path.get("id")), staff, locale, request.getParameter("back"), model);
		}
		catch (OrderNotFound notTheirs) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("status", HttpStatus.NOT_FOUND.value());
			return "error";
		}
	}
}
