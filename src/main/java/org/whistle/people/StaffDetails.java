package org.whistle.people;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal, whether logged in by form or by API key. */
public final class StaffDetails implements UserDetails {

	private final Staff staff;
	private final String passwordHash;
	private final boolean enabled;

	StaffDetails(Staff staff, String passwordHash, boolean enabled) {
		this.staff = staff;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
	}

	public Staff staff() {
		return staff;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> authorities = staff.roles().stream()
				.sorted()
				.map(role -> new SimpleGrantedAuthority(role.authority()))
				.toList();
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return staff.username();
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}
}
