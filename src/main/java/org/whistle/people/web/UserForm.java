package org.whistle.people.web;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.validation.Errors;
import org.whistle.city.Units;
import org.whistle.people.Role;
import org.whistle.people.Staff;

/** What the admin enters for a user; {@link #validate} puts each problem on its field. */
class UserForm {

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{3,64}");

	private String username = "";
	private String displayName = "";
	private Long unitId;
	private Set<Role> roles = EnumSet.noneOf(Role.class);
	private boolean enabled = true;
	private String password = "";

	static UserForm of(Staff staff, boolean enabled) {
		var form = new UserForm();
		form.username = staff.username();
		form.displayName = staff.displayName();
		form.unitId = staff.unitId();
		form.roles = staff.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(staff.roles());
		form.enabled = enabled;
		return form;
	}

	void validate(Errors errors, Units units, boolean creating) {
		if (creating && (username == null || !USERNAME.matcher(username).matches())) {
			errors.rejectValue("username", "users.error.username");
		}
		if (displayName == null || displayName.isBlank() || displayName.strip().length() > 100) {
			errors.rejectValue("displayName", "users.error.displayName");
		}
		if (unitId == null || units.byId(unitId).isEmpty()) {
			errors.rejectValue("unitId", "users.error.unit");
		}
		if (roles == null || roles.isEmpty()) {
			errors.rejectValue("roles", "users.error.roles");
		}
		boolean passwordGiven = password != null && !password.isEmpty();
		if ((creating || passwordGiven) && (!passwordGiven || password.length() < 8)) {
			errors.rejectValue("password", "users.error.password");
		}
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? "" : username.strip();
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? "" : displayName.strip();
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean isEnabled() {
		return enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
