package org.whistle.catalog.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.input.InvalidInputException;
import org.whistle.catalog.rule.CatalogDefaults;
import org.whistle.catalog.rule.Lead;
import org.whistle.catalog.rule.RuleCsv;
import org.whistle.catalog.rule.RuleDraft;
import org.whistle.catalog.rule.RuleVersion;
import org.whistle.catalog.rule.Rules;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;

/** The responsibility catalog's pages: the rules, one rule's versions and edits, CSV import and export. */
@Controller
@RequestMapping("/admin/catalog")
@PreAuthorize("hasRole('ADMIN')")
class RuleAdminController {

	private final Rules rules;

	private final RuleCsv csv;

	private final RuleRows rows;

	private final Catalog catalog;

	private final City city;

	private final Units units;

	private final CatalogDefaults defaults;

	private final PageMessages messages;

	private final CsvUpload upload;

	RuleAdminController(Rules rules, RuleCsv csv, RuleRows rows, Catalog catalog, City city, Units units,
			CatalogDefaults defaults, PageMessages messages, CsvUpload upload) {
		this.rules = rules;
		this.csv = csv;
		this.rows = rows;
		this.catalog = catalog;
		this.city = city;
		this.units = units;
		this.defaults = defaults;
		this.messages = messages;
		this.upload = upload;
	}

	/** The current rules, or with {@code all} the deactivated ones too. */
	@GetMapping("/rules")
	String list(@RequestParam(defaultValue = "false") boolean all, Model model) {
		model.addAttribute("all", all);
		model.addAttribute("rules", rows.of(rules.latest().stream().filter(rule -> all || rule.isCurrent()).toList()));
		model.addAttribute("defaults", defaults);
		model.addAttribute("categories", catalog.categories());
		model.addAttribute("places", places(AreaLevel.COMMUNITY));
		return "catalog/rules";
	}

	@GetMapping("/rules/new")
	String newRule(@RequestParam(defaultValue = "") String category, Model model) {
		return form(new RuleDraft(category, "", "", "", "", "", "", "", "", "", ""), null, model);
	}

	@PostMapping("/rules")
	String create(@ModelAttribute RuleDraft draft, Principal user, Model model, Locale locale) {
		try {
			RuleVersion created = rules.create(draft, user.getName());
			return "redirect:/admin/catalog/rules/" + created.ruleId() + "?saved";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", messages.byField(e.violations(), locale));
			return form(draft, null, model);
		}
	}

	@GetMapping("/rules/{id}")
	String rule(@PathVariable long id, Model model) {
		RuleVersion latest = existing(id);
		return form(RuleDraft.of(latest.terms()), id, model);
	}

	/** Saves the form as the rule's next version. */
	@PostMapping("/rules/{id}")
	String edit(@PathVariable long id, @ModelAttribute RuleDraft draft, Principal user, Model model, Locale locale) {
		existing(id);
		try {
			rules.edit(id, draft, user.getName());
			return "redirect:/admin/catalog/rules/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			model.addAttribute("errors", messages.byField(e.violations(), locale));
			return form(draft, id, model);
		}
	}

	@PostMapping("/rules/{id}/deactivate")
	String deactivate(@PathVariable long id) {
		existing(id);
		rules.deactivate(id);
		return "redirect:/admin/catalog/rules/" + id + "?saved";
	}

	@GetMapping("/rules.csv")
	void export(HttpServletResponse response) throws IOException {
		CsvDownload.send(response, "rules.csv", csv::export);
	}

	@PostMapping("/rules/import")
	String importFile(@RequestParam(required = false) MultipartFile file, Principal user, Model model, Locale locale,
			RedirectAttributes redirect) throws IOException {
		return upload.receive(file, content -> csv.importFrom(content, user.getName()), "/admin/catalog/rules",
				() -> list(false, model), model, locale, redirect);
	}

	private RuleVersion existing(long id) {
		return rules.latest(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such rule"));
	}

	private String form(RuleDraft draft, Long id, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("ruleId", id);
		model.addAttribute("history", id == null ? List.of() : rows.of(rules.history(id)));
		model.addAttribute("defaults", defaults);
		model.addAttribute("categories", catalog.categories());
		model.addAttribute("areas", places(AreaLevel.STREET));
		model.addAttribute("leadKinds", Lead.PLACE_KINDS.stream().sorted().toList());
		List<Unit> sorted = units.all().stream().sorted(Comparator.comparing(Unit::kind).thenComparing(Unit::code)).toList();
		model.addAttribute("units", sorted);
		model.addAttribute("serviceUnits", sorted.stream()
			.filter(unit -> unit.kind() == UnitKind.DEPARTMENT || unit.kind() == UnitKind.COMPANY)
			.toList());
		return "catalog/rule";
	}

	/** The districts and the areas below them down to {@code deepest}, each after its parent. */
	private List<Area> places(AreaLevel deepest) {
		return Stream.of(AreaLevel.DISTRICT, AreaLevel.STREET, AreaLevel.COMMUNITY)
			.filter(level -> level.compareTo(deepest) <= 0)
			.flatMap(level -> city.areas(level).stream())
			.sorted(Comparator.comparing(Area::code))
			.toList();
	}
}
