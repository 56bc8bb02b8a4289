package org.whistle.catalog.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.ResponsibilityCatalog;
import org.whistle.catalog.input.Violation;
import org.whistle.city.City;
import org.whistle.city.Location;

/** Tries the catalog as it stands: who would get a request of a category at a place now. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RulePreviewController {

	private final ResponsibilityCatalog responsibilities;

	private final Catalog catalog;

	private final City city;

	private final PageMessages messages;

	RulePreviewController(ResponsibilityCatalog responsibilities, Catalog catalog, City city, PageMessages messages) {
		this.responsibilities = responsibilities;
		this.catalog = catalog;
		this.city = city;
		this.messages = messages;
	}

	/** A fragment of the rules page, for its htmx form; {@code place} is any area's code. */
	@GetMapping("/admin/catalog/rules/preview")
	String preview(@RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String place,
			@RequestParam(defaultValue = "false") boolean urgent, Model model, Locale locale) {
		if (!category.isBlank() && catalog.category(category).isEmpty()) {
			model.addAttribute("previewErrors",
					messages.all(List.of(Violation.of("category", "catalog.error.unknownCategory", category)), locale));
		}
		else {
			Location location = Places.location(city, place).orElse(null);
			model.addAttribute("assignment",
					responsibilities.assign(category.isBlank() ? null : category, location, urgent, Instant.now()));
		}
		return "catalog/rules :: preview";
	}
}
