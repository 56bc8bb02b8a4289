package org.whistle.city.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.UnitRegistry;
import org.whistle.city.UnitRegistry.Entry;
import org.whistle.city.UnitRegistry.InvalidUnit;

/** Administration of the handling units: list by kind, create, rename, move, (de)activate. */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitAdminController {

	private final UnitRegistry units;
	private final City city;

	UnitAdminController(UnitRegistry units, City city) {
		this.units = units;
		this.city = city;
	}

	@GetMapping
	String list(@RequestParam(required = false) UnitKind kind, Model model) {
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("units", units.list(kind));
		model.addAttribute("unitsById", unitsById());
		return "city/units";
	}

	@GetMapping("/new")
	String newUnit(Model model) {
		return form(model, new UnitForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("unit") UnitForm form, BindingResult errors, Model model) {
		if (!errors.hasErrors()) {
			try {
				Unit unit = units.create(form.toNewUnit());
				return "redirect:/admin/units/" + unit.id() + "?saved";
			}
			catch (InvalidUnit e) {
				errors.rejectValue(e.field(), e.messageCode(), e.getMessage());
			}
		}
		return form(model, form, null);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Entry entry = existing(id);
		return form(model, UnitForm.of(entry), entry);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("unit") UnitForm form, BindingResult errors, Model model) {
		Entry entry = existing(id);
		if (!errors.hasErrors()) {
			try {
				units.update(id, form.toChange());
				return "redirect:/admin/units/" + id + "?saved";
			}
			catch (InvalidUnit e) {
				errors.rejectValue(e.field(), e.messageCode(), e.getMessage());
			}
		}
		return form(model, form, entry);
	}

	private Entry existing(long id) {
		return units.entry(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such unit"));
	}

	private String form(Model model, UnitForm form, Entry existing) {
		model.addAttribute("unit", form);
		model.addAttribute("existing", existing);
		model.addAttribute("kinds", UnitKind.values());
		model.addAttribute("parents", units.list(null).stream().map(Entry::unit)
			.filter(unit -> existing == null || unit.id() != existing.unit().id())
			.sorted(Comparator.comparing(Unit::code)).toList());
		model.addAttribute("areas", List.of(AreaLevel.DISTRICT, AreaLevel.STREET, AreaLevel.COMMUNITY).stream()
			.flatMap(level -> city.areas(level).stream()).toList());
		return "city/unit-form";
	}

	private Map<Long, Unit> unitsById() {
		return units.list(null).stream().map(Entry::unit).collect(Collectors.toMap(Unit::id, Function.identity()));
	}
}
