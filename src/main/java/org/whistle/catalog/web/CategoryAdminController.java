package org.whistle.catalog.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.whistle.catalog.Category;
import org.whistle.catalog.category.CategoryCsv;
import org.whistle.catalog.category.Taxonomy;
import org.whistle.catalog.input.InvalidInputException;
import org.whistle.catalog.input.Violation;
import org.whistle.catalog.rule.Rules;

/** The taxonomy's pages: the tree with search, one category's edits, CSV import and export. */
@Controller
@RequestMapping("/admin/catalog")
@PreAuthorize("hasRole('ADMIN')")
class CategoryAdminController {

	private final Taxonomy taxonomy;

	private final CategoryCsv csv;

	private final Rules rules;

	private final RuleRows ruleRows;

	private final PageMessages messages;

	private final CsvUpload upload;

	CategoryAdminController(Taxonomy taxonomy, CategoryCsv csv, Rules rules, RuleRows ruleRows, PageMessages messages,
			CsvUpload upload) {
		this.taxonomy = taxonomy;
		this.csv = csv;
		this.rules = rules;
		this.ruleRows = ruleRows;
		this.messages = messages;
		this.upload = upload;
	}

	@GetMapping
	String categories(@RequestParam(defaultValue = "") String q, Model model) {
		List<Category> all = taxonomy.all();
		model.addAttribute("q", q);
		model.addAttribute("tree", CategoryNode.tree(all, q));
		model.addAttribute("total", all.size());
		model.addAttribute("active", all.stream().filter(Category::active).count());
		return "catalog/categories";
	}

	/** The tree alone, for the search box to swap in. */
	@GetMapping("/tree")
	String tree(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("tree", CategoryNode.tree(taxonomy.all(), q));
		return "catalog/categories :: tree";
	}

	@GetMapping("/categories/{code}")
	String category(@PathVariable String code, Model model) {
		Category category = taxonomy.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such category"));
		List<Category> all = taxonomy.all();
		model.addAttribute("category", category);
		model.addAttribute("path", all.stream().filter(c -> code.startsWith(c.code()) && !code.equals(c.code())).toList());
		model.addAttribute("children", all.stream().filter(c -> code.equals(c.parentCode())).toList());
		model.addAttribute("rules", ruleRows.of(rules.latest().stream()
			.filter(rule -> code.equals(rule.terms().categoryCode()))
			.toList()));
		return "catalog/category";
	}

	@PostMapping("/categories")
	String add(@RequestParam(defaultValue = "") String parentCode, @RequestParam(defaultValue = "") String name,
			Model model, Locale locale) {
		try {
			Category added = taxonomy.add(parentCode, name);
			return "redirect:/admin/catalog/categories/" + added.code() + "?saved";
		}
		catch (InvalidInputException e) {
			model.addAttribute("typed", name);
			return rejected(e.violations(), parentCode, "add", model, locale);
		}
	}

	@PostMapping("/categories/{code}/rename")
	String rename(@PathVariable String code, @RequestParam(defaultValue = "") String name, Model model,
			Locale locale) {
		try {
			taxonomy.rename(code, name);
			return "redirect:/admin/catalog/categories/" + code + "?saved";
		}
		catch (InvalidInputException e) {
			model.addAttribute("typed", name);
			return rejected(e.violations(), code, "rename", model, locale);
		}
	}

	@PostMapping("/categories/{code}/deactivate")
	String deactivate(@PathVariable String code, Model model, Locale locale) {
		return changeStatus(code, taxonomy::deactivate, model, locale);
	}

	@PostMapping("/categories/{code}/activate")
	String activate(@PathVariable String code, Model model, Locale locale) {
		return changeStatus(code, taxonomy::activate, model, locale);
	}

	@GetMapping("/categories.csv")
	void export(HttpServletResponse response) throws IOException {
		CsvDownload.send(response, "categories.csv", csv::export);
	}

	@PostMapping("/categories/import")
	String importFile(@RequestParam(required = false) MultipartFile file, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		return upload.receive(file, csv::importFrom, "/admin/catalog", () -> categories("", model), model, locale,
				redirect);
	}

	/** Activates or deactivates the category; a refusal shows next to the status form. */
	private String changeStatus(String code, Consumer<String> change, Model model, Locale locale) {
		try {
			change.accept(code);
			return "redirect:/admin/catalog/categories/" + code + "?saved";
		}
		catch (InvalidInputException e) {
			return rejected(e.violations(), code, "status", model, locale);
		}
	}

	/**
	 * Shows the violations next to the form that failed, on the category's page or, for the
	 * top level, on the tree's.
	 */
	private String rejected(List<Violation> violations, String code, String form, Model model, Locale locale) {
		model.addAttribute("failed", form);
		model.addAttribute("errors", messages.all(violations, locale));
		if (code == null || code.isBlank() || taxonomy.find(code).isEmpty()) {
			return categories("", model);
		}
		return category(code, model);
	}
}
