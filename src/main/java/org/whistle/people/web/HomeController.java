package org.whistle.people.web;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Units;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;

/** Each user's start page: one panel per role they hold, with what that role does here. */
@Controller
class HomeController {

	private final City city;
	private final Units units;

	HomeController(City city, Units units) {
		this.city = city;
		this.units = units;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal StaffDetails principal, Model model) {
		Staff staff = principal.staff();
		model.addAttribute("staff", staff);
		model.addAttribute("unit", units.byId(staff.unitId()).orElse(null));
		model.addAttribute("roles", staff.roles().stream().sorted().map(Role::name).toList());
		model.addAttribute("cityFigures", List.of(
				Map.entry("home.figure.districts", city.areas(AreaLevel.DISTRICT).size()),
				Map.entry("home.figure.streets", city.areas(AreaLevel.STREET).size()),
				Map.entry("home.figure.communities", city.areas(AreaLevel.COMMUNITY).size()),
				Map.entry("home.figure.grids", city.areas(AreaLevel.GRID).size()),
				Map.entry("home.figure.units", units.all().size())));
		return "people/home";
	}
}
