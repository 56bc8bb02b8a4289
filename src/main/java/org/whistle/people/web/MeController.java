package org.whistle.people.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.people.StaffDetails;

/** Who the caller is: for systems checking their key, and for pages. */
@RestController
class MeController {

	private final Units units;

	MeController(Units units) {
		this.units = units;
	}

	@GetMapping("/api/me")
	Me me(@AuthenticationPrincipal StaffDetails principal) {
		Staff staff = principal.staff();
		MeUnit unit = units.byId(staff.unitId())
				.map(MeUnit::of)
				.orElse(null);
		return new Me(staff.id(), staff.username(), staff.displayName(),
				staff.roles().stream().sorted().toList(), unit);
	}

	record Me(long id, String username, String displayName, List<Role> roles, MeUnit unit) {
	}

	record MeUnit(long id, String code, String name, UnitKind kind) {

		static MeUnit of(Unit unit) {
			return new MeUnit(unit.id(), unit.code(), unit.name(), unit.kind());
		}
	}
}
