package org.whistle.people.web;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.whistle.city.Unit;
import org.whistle.city.Units;
import org.whistle.people.ApiKeys;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.people.StaffAccounts;
import org.whistle.people.StaffFilter;
import org.whistle.people.StaffListing;

/** Administration of staff users: list, create, edit roles and unit, passwords, API keys. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {

	private static final int PAGE_SIZE = 50;

	private final StaffAccounts accounts;
	private final ApiKeys apiKeys;
	private final Units units;
	private final PasswordEncoder passwords;

	UserAdminController(StaffAccounts accounts, ApiKeys apiKeys, Units units, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.apiKeys = apiKeys;
		this.units = units;
		this.passwords = passwords;
	}

	@GetMapping
	String list(@RequestParam(required = false) String text, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new StaffFilter(text, unitId, role, page, PAGE_SIZE);
		List<StaffListing> rows = accounts.find(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("users", rows.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("unitsById", units.all().stream().collect(Collectors.toMap(Unit::id, Function.identity())));
		model.addAttribute("allRoles", Role.values());
		return "people/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		return form(model, new UserForm(), null);
	}

	@PostMapping
	String create(@ModelAttribute("user") UserForm form, BindingResult errors, Model model) {
		form.validate(errors, units, true);
		if (!errors.hasFieldErrors("username") && accounts.usernameTaken(form.getUsername())) {
			errors.rejectValue("username", "users.error.usernameTaken");
		}
		if (errors.hasErrors()) {
			return form(model, form, null);
		}
		long id = accounts.create(form.getUsername(), form.getDisplayName(), form.getUnitId(), form.getRoles(),
				passwords.encode(form.getPassword()));
		return "redirect:/admin/users/" + id + "?saved";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Staff staff = existing(id);
		if (!model.containsAttribute("user")) {
			model.addAttribute("user", UserForm.of(staff, accounts.isEnabled(id)));
		}
		return form(model, (UserForm) model.getAttribute("user"), staff);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("user") UserForm form, BindingResult errors, Model model) {
		Staff staff = existing(id);
		form.setUsername(staff.username());
		form.validate(errors, units, false);
		if (errors.hasErrors()) {
			return form(model, form, staff);
		}
		accounts.update(id, form.getDisplayName(), form.getUnitId(), form.getRoles(), form.isEnabled());
		if (!form.getPassword().isEmpty()) {
			accounts.changePassword(id, passwords.encode(form.getPassword()));
		}
		return "redirect:/admin/users/" + id + "?saved";
	}

	@PostMapping("/{id}/keys")
	String issueKey(@PathVariable long id, @RequestParam(defaultValue = "") String label,
			RedirectAttributes redirect) {
		existing(id);
		String purpose = label.strip();
		if (purpose.isEmpty() || purpose.length() > 100) {
			redirect.addFlashAttribute("keyError", "users.error.label");
		}
		else {
			redirect.addFlashAttribute("newKey", apiKeys.issue(id, purpose));
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/keys/{keyId}/revoke")
	String revokeKey(@PathVariable long id, @PathVariable long keyId) {
		existing(id);
		if (!apiKeys.revoke(id, keyId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such live key");
		}
		return "redirect:/admin/users/" + id;
	}

	private Staff existing(long id) {
		return accounts.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such user"));
	}

	private String form(Model model, UserForm form, Staff staff) {
		model.addAttribute("user", form);
		model.addAttribute("staff", staff);
		model.addAttribute("units", units.all().stream().sorted(Comparator.comparing(Unit::code)).toList());
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("keys", staff == null ? List.of() : apiKeys.of(staff.id()));
		return "people/user-form";
	}
}
