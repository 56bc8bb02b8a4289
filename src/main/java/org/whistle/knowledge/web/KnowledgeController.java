package org.whistle.knowledge.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.whistle.catalog.Catalog;
import org.whistle.city.Unit;
import org.whistle.city.Units;
import org.whistle.knowledge.KnowledgeBase;
import org.whistle.knowledge.KnowledgeEntry;
import org.whistle.knowledge.entry.EntryViolation;
import org.whistle.knowledge.entry.InvalidEntryException;
import org.whistle.knowledge.entry.KnowledgeEditor;
import org.whistle.knowledge.entry.KnowledgeStore;
import org.whistle.knowledge.entry.StaleEntryException;

/**
 * The knowledge base's pages: search as you type, read an entry, and for operators and admins
 * write one. A save over a version someone else changed keeps the editor's text on the form.
 */
@Controller
@RequestMapping("/knowledge")
@PreAuthorize(Access.READ)
class KnowledgeController {

	private static final int HITS = 20;

	private static final int RECENT = 50;

	private final KnowledgeBase knowledge;

	private final KnowledgeStore store;

	private final KnowledgeEditor editor;

	private final Catalog catalog;

	private final Units units;

	KnowledgeController(KnowledgeBase knowledge, KnowledgeStore store, KnowledgeEditor editor, Catalog catalog,
			Units units) {
		this.knowledge = knowledge;
		this.store = store;
		this.editor = editor;
		this.catalog = catalog;
		this.units = units;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		results(q, model);
		return "knowledge/list";
	}

	/** The results alone, for the search box to swap in: hits for a question, else the entries saved last. */
	@GetMapping("/results")
	String results(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		if (q.isBlank()) {
			model.addAttribute("recent", store.recent(RECENT));
		}
		else {
			model.addAttribute("hits", knowledge.search(q, HITS));
		}
		return "knowledge/list :: results";
	}

	@GetMapping("/new")
	@PreAuthorize(Access.WRITE)
	String newEntry(Model model) {
		return page(model, new EntryForm(), null);
	}

	@PostMapping
	@PreAuthorize(Access.WRITE)
	String create(@ModelAttribute("entryForm") EntryForm form, BindingResult errors, Model model, Principal principal) {
		if (errors.hasErrors()) {
			return page(model, form, null);
		}
		try {
			return saved(editor.create(form.draft(), principal.getName()));
		}
		catch (InvalidEntryException e) {
			reject(errors, e.violations());
			return page(model, form, null);
		}
	}

	@GetMapping("/{id}")
	String entry(@PathVariable long id, Model model) {
		KnowledgeEntry entry = existing(id);
		return page(model, EntryForm.of(entry), entry);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Access.WRITE)
	String update(@PathVariable long id, @ModelAttribute("entryForm") EntryForm form, BindingResult errors, Model model,
			Principal principal, HttpServletResponse response) {
		KnowledgeEntry entry = existing(id);
		if (errors.hasErrors()) {
			return page(model, form, entry);
		}
		try {
			editor.update(id, form.getVersion(), form.draft(), principal.getName());
			return saved(id);
		}
		catch (InvalidEntryException e) {
			reject(errors, e.violations());
			return page(model, form, entry);
		}
		catch (StaleEntryException e) {
			// the form keeps what this editor typed; saving it again replaces the version shown above it
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("conflict", e.current());
			form.setVersion(e.current().version());
			return page(model, form, e.current());
		}
	}

	@PostMapping("/{id}/active")
	@PreAuthorize(Access.WRITE)
	String setActive(@PathVariable long id, @RequestParam boolean active, Principal principal) {
		existing(id);
		editor.setActive(id, active, principal.getName());
		return saved(id);
	}

	private KnowledgeEntry existing(long id) {
		return knowledge.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No knowledge entry " + id));
	}

	private static String saved(long id) {
		return "redirect:/knowledge/" + id + "?saved";
	}

	private static void reject(BindingResult errors, List<EntryViolation> violations) {
		violations.forEach(violation -> errors.rejectValue(violation.field(), violation.code()));
	}

	private String page(Model model, EntryForm form, KnowledgeEntry entry) {
		model.addAttribute("entryForm", form);
		model.addAttribute("entry", entry);
		model.addAttribute("categories", catalog.categories());
		model.addAttribute("units", units.all().stream().sorted(Comparator.comparing(Unit::code)).toList());
		if (entry != null) {
			model.addAttribute("category",
					entry.categoryCode() == null ? null : catalog.category(entry.categoryCode()).orElse(null));
			model.addAttribute("unit", entry.unitId() == null ? null : units.byId(entry.unitId()).orElse(null));
			model.addAttribute("history", store.history(entry.id()));
		}
		return "knowledge/entry";
	}
}
