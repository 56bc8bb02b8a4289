package org.whistle.classifier.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.classifier.Classifier;
import org.whistle.classifier.Suggestion;

/**
 * The console's category suggestions: the published model's three most probable categories for
 * what the operator has typed (title and content), each a button that fills the category field.
 */
@Controller
class CategorySuggestions {

	static final int SHOWN = 3;

	private static final int MAX_TEXT = 5000;

	private final Classifier classifier;

	private final Catalog catalog;

	CategorySuggestions(Classifier classifier, Catalog catalog) {
		this.classifier = classifier;
		this.catalog = catalog;
	}

	/** A suggestion as shown: the category's name, what picking it puts in the field, the probability in percent. */
	record Shown(String name, String value, long percent) {
	}

	@GetMapping("/console/suggest/category")
	@PreAuthorize("hasRole('OPERATOR')")
	String suggest(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String title,
			@RequestParam(defaultValue = "") String content, Model model) {
		String typed = (text + " " + title + " " + content).strip();
		if (typed.length() > MAX_TEXT) {
			typed = typed.substring(0, MAX_TEXT);
		}
		boolean published = classifier.current().isPresent();
		List<Suggestion> suggestions = typed.isEmpty() ? List.of() : classifier.suggest(typed, SHOWN);
		model.addAttribute("published", published);
		model.addAttribute("suggestions", shown(suggestions));
		return "classifier/suggestions :: list";
	}

	/** A category the catalog knows by that name is filled in as {@code code name}, as the field's list offers it. */
	private List<Shown> shown(List<Suggestion> suggestions) {
		if (suggestions.isEmpty()) {
			return List.of();
		}
		Map<String, Category> byName = catalog.categories().stream()
			.collect(Collectors.toMap(Category::name, Function.identity(), (first, second) -> first));
		return suggestions.stream().map(s -> {
			Category category = byName.get(s.category());
			String value = category == null ? s.category() : category.code() + " " + category.name();
			return new Shown(s.category(), value, Math.round(s.probability() * 100));
		}).toList();
	}
}
