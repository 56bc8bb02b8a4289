package org.whistle.intake.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.city.Unit;
import org.whistle.city.Units;
import org.whistle.intake.IdempotencyConflict;
import org.whistle.intake.Intake;
import org.whistle.intake.InvalidRequest;
import org.whistle.intake.Photos;
import org.whistle.knowledge.KnowledgeBase;
import org.whistle.knowledge.KnowledgeEntry;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;
import org.whistle.workorder.Channel;
import org.whistle.workorder.ConcurrentChange;
import org.whistle.workorder.IllegalTransition;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/**
 * {@code /console}: the operator's one screen. The request form with a map that locates the
 * point, the knowledge base searched as the operator types, and 直接答复: a consultation
 * registered and answered at once from a chosen entry. Photos are attached after the order
 * stands; one that fails is reported and the order stays. Also serves the photo list of the
 * order page ({@code /orders/{id}/photos}), as photos belong to intake.
 */
@Controller
class ConsolePage {

	static final int HITS = 5;

	static final int MAX_QUERY = 1000;

	private final Intake intake;
	private final WorkOrderService orders;
	private final KnowledgeBase knowledge;
	private final Catalog catalog;
	private final Units units;
	private final ObjectProvider<Photos> photos;
	private final MessageSource messages;
	private final Clock clock;

	ConsolePage(Intake intake, WorkOrderService orders, KnowledgeBase knowledge, Catalog catalog, Units units,
			ObjectProvider<Photos> photos, MessageSource messages, Clock clock) {
		this.intake = intake;
		this.orders = orders;
		this.knowledge = knowledge;
		this.catalog = catalog;
		this.units = units;
		this.photos = photos;
		this.messages = messages;
		this.clock = clock;
	}

	/** What the console shows after a registration: the order, its lead unit, and what went wrong after. */
	record Result(WorkOrderView order, String lead) {
	}

	@GetMapping("/console")
	@PreAuthorize("hasRole('OPERATOR')")
	String console(@AuthenticationPrincipal StaffDetails user, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ConsoleForm());
		}
		if (model.getAttribute("registeredId") instanceof Long id) {
			orders.findFor(id, user.staff()).ifPresent(order -> model.addAttribute("result",
					new Result(order, order.leadUnitId() == null ? null
							: units.byId(order.leadUnitId()).map(Unit::name).orElse(null))));
		}
		return page(model);
	}

	@PostMapping("/console")
	@PreAuthorize("hasRole('OPERATOR')")
	String register(@ModelAttribute("form") ConsoleForm form, BindingResult binding,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal StaffDetails user, Model model, HttpServletResponse response,
			RedirectAttributes flash, Locale locale) {
		return submit(form, binding, files, null, user.staff(), model, response, flash, locale);
	}

	/** 直接答复: registers the request as a consultation and answers it with the entry's answer. */
	@PostMapping("/console/answer")
	@PreAuthorize("hasRole('OPERATOR')")
	String answer(@ModelAttribute("form") ConsoleForm form, BindingResult binding, @RequestParam long entryId,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files,
			@AuthenticationPrincipal StaffDetails user, Model model, HttpServletResponse response,
			RedirectAttributes flash, Locale locale) {
		KnowledgeEntry entry = knowledge.find(entryId).filter(KnowledgeEntry::active).orElse(null);
		if (entry == null) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("formError", messages.getMessage("workorder.console.entryGone", null, locale));
			return page(model);
		}
		form.setType(RequestType.CONSULTATION);
		return submit(form, binding, files, entry, user.staff(), model, response, flash, locale);
	}

	/** The knowledge base's best entries for what the operator typed, or for their own query. */
	@GetMapping("/console/knowledge")
	@PreAuthorize("hasRole('OPERATOR')")
	String hits(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String content, Model model) {
		String text = (q.isBlank() ? title + " " + content : q).strip();
		if (text.length() > MAX_QUERY) {
			text = text.substring(0, MAX_QUERY);
		}
		model.addAttribute("searched", !text.isEmpty());
		model.addAttribute("hits", knowledge.search(text, HITS));
		return "intake/console :: hits";
	}

	/** The order page's photos: thumbnails of what the staff member may see. */
	@GetMapping("/orders/{id}/photos")
	String photosOf(@PathVariable long id, @AuthenticationPrincipal StaffDetails user, Model model) {
		Photos store = photos.getIfAvailable();
		model.addAttribute("orderId", id);
		model.addAttribute("photos", store == null ? List.of() : store.of(id, user.staff()));
		return "intake/photos :: photos";
	}

	private String submit(ConsoleForm form, BindingResult binding, List<MultipartFile> files, KnowledgeEntry entry,
			Staff staff, Model model, HttpServletResponse response, RedirectAttributes flash, Locale locale) {
		if (binding.hasFieldErrors()) {
			Map<String, String> wrong = new LinkedHashMap<>();
			binding.getFieldErrors().forEach(error -> wrong.put(error.getField(), error.getCode()));
			return invalid(wrong, model, response, locale);
		}
		Intake.Registered registered;
		try {
			registered = intake.register(form.toRequest(categoryCode(form.getCategory()), form.getType()), staff,
					form.getKey());
		}
		catch (InvalidRequest invalid) {
			return invalid(invalid.fields(), model, response, locale);
		}
		catch (IdempotencyConflict resent) {
			response.setStatus(HttpStatus.CONFLICT.value());
			form.setKey(UUID.randomUUID().toString());
			model.addAttribute("formError", messages.getMessage("workorder.console.resent", null, locale));
			return page(model);
		}
		WorkOrderView order = registered.order();
		if (!registered.replayed()) {
			flash.addFlashAttribute("photoErrors", attach(order.id(), files, staff, locale));
		}
		if (entry != null && order.status() == OrderStatus.RECEIVED) {
			try {
				orders.act(order.id(), staff, (o, actor, now) -> o.answerDirectly(entry.answer(), actor, now));
				flash.addFlashAttribute("answeredWith", entry.title());
			}
			catch (IllegalTransition | ConcurrentChange refused) {
				flash.addFlashAttribute("answerError", refused.getMessage());
			}
		}
		flash.addFlashAttribute("registeredId", order.id());
		return "redirect:/console";
	}

	private List<String> attach(long orderId, List<MultipartFile> files, Staff staff, Locale locale) {
		List<String> errors = new ArrayList<>();
		if (files == null) {
			return errors;
		}
		Photos store = photos.getIfAvailable();
		for (MultipartFile file : files) {
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			String name = file.getOriginalFilename();
			try {
				if (store == null) {
					throw new Photos.InvalidPhoto("photos cannot be stored here");
				}
				store.attach(orderId, name, file.getBytes(), staff);
			}
			catch (Photos.InvalidPhoto | IOException failed) {
				errors.add(messages.getMessage("workorder.console.photoFailed", new Object[] { name, failed.getMessage() },
						locale));
			}
		}
		return errors;
	}

	private String invalid(Map<String, String> fields, Model model, HttpServletResponse response, Locale locale) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		Map<String, String> errors = new LinkedHashMap<>();
		fields.forEach((field, why) -> errors.put(field, messages.getMessage("workorder.console.invalid." + field, null,
				messages.getMessage("workorder.console.invalid", new Object[] { field }, locale), locale)));
		model.addAttribute("fieldErrors", errors);
		return page(model);
	}

	/** {@code 010208 冬季采暖} or {@code 010208} → the code; a level-3 name → its code; else as typed. */
	private String categoryCode(String input) {
		if (input == null || input.isBlank()) {
			return null;
		}
		String text = input.strip();
		String first = text.split("\\s+", 2)[0];
		if (first.chars().allMatch(Character::isDigit)) {
			return first;
		}
		return catalog.categories().stream().filter(c -> c.name().equals(text)).map(Category::code).findFirst()
			.orElse(text);
	}

	private String page(Model model) {
		model.addAttribute("categories", catalog.categories().stream().filter(c -> c.level() == 3).toList());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("types", RequestType.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("zone", clock.getZone());
		return "intake/console";
	}
}
