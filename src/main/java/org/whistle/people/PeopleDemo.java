package org.whistle.people;

import java.util.EnumSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.city.Unit;
import org.whistle.city.Units;

/**
 * The demo accounts: the hotline centre's staff, the Open311 client application {@code open311}
 * and a handler {@code h-<unit code>} for every unit, all with the password {@code demo} and the API key {@code demo-<username>}. Created only
 * in demo mode; never in a real deployment.
 */
@Component
public class PeopleDemo {

	static final String PASSWORD = "demo";
	/** The 12345 hotline is run by the government service bureau, as in Beijing. */
	static final String HOTLINE_UNIT = "ZWJ";

	private static final Logger log = LoggerFactory.getLogger(PeopleDemo.class);

	private final StaffAccounts accounts;
	private final ApiKeys apiKeys;
	private final Units units;
	private final PasswordEncoder passwords;

	PeopleDemo(StaffAccounts accounts, ApiKeys apiKeys, Units units, PasswordEncoder passwords) {
		this.accounts = accounts;
		this.apiKeys = apiKeys;
		this.units = units;
		this.passwords = passwords;
	}

	/** Creates the demo accounts unless any user exists. */
	@Transactional
	public void generate() {
		if (accounts.count() > 0) {
			return;
		}
		Unit hotline = units.byCode(HOTLINE_UNIT)
				.orElseThrow(() -> new IllegalStateException("The demo city has no unit " + HOTLINE_UNIT));
		// One hash for all: BCrypt is slow by design, and every demo account shares the password.
		String hash = passwords.encode(PASSWORD);
		add("admin", "系统管理员", hotline, EnumSet.of(Role.ADMIN), hash);
		add("operator", "话务员", hotline, EnumSet.of(Role.OPERATOR), hash);
		add("dispatcher", "派单员", hotline, EnumSet.of(Role.DISPATCHER), hash);
		add("callback", "回访员", hotline, EnumSet.of(Role.CALLBACK), hash);
		add("analyst", "分析员", hotline, EnumSet.of(Role.ANALYST), hash);
		add("leader", "领导", hotline, EnumSet.of(Role.LEADER), hash);
		add("open311", "Open311 客户端", hotline, EnumSet.of(Role.CLIENT), hash);
		for (Unit unit : units.all()) {
			add("h-" + unit.code(), unit.name() + "承办人", unit, EnumSet.of(Role.HANDLER), hash);
		}
		log.info("Demo accounts created: {} users, password '{}', API keys demo-<username>", accounts.count(), PASSWORD);
	}

	private void add(String username, String displayName, Unit unit, Set<Role> roles, String hash) {
		long id = accounts.create(username, displayName, unit.id(), roles, hash);
		apiKeys.register(id, "demo-" + username, "demo");
	}
}
