package org.whistle.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;

/** The staff users and their roles, as stored. */
@Repository
public class StaffAccounts {

	private final JdbcClient jdbc;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	StaffAccounts(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	public Optional<Staff> byId(long id) {
		return details("u.id = :key", id).map(StaffDetails::staff);
	}

	public Optional<Staff> byUsername(String username) {
		return details("u.username = :key", username).map(StaffDetails::staff);
	}

	Optional<StaffDetails> detailsByUsername(String username) {
		return details("u.username = :key", username);
	}

	Optional<StaffDetails> detailsById(long id) {
		return details("u.id = :key", id);
	}

	private Optional<StaffDetails> details(String condition, Object key) {
		// The roles are read after the user's row is closed: a query inside the row mapper would
		// hold one pooled connection while asking for another, and under load the pool deadlocks.
		return jdbc.sql("SELECT u.id, u.username, u.display_name, u.unit_id, u.password_hash, u.enabled "
				+ "FROM staff_user u WHERE " + condition)
				.param("key", key)
				.query((rs, n) -> new StoredUser(rs.getLong("id"), rs.getString("username"),
						rs.getString("display_name"), rs.getLong("unit_id"), rs.getString("password_hash"),
						rs.getBoolean("enabled")))
				.optional()
				.map(user -> new StaffDetails(new Staff(user.id(), user.username(), user.displayName(), user.unitId(),
						rolesOf(user.id())), user.passwordHash(), user.enabled()));
	}

	private record StoredUser(long id, String username, String displayName, long unitId, String passwordHash,
			boolean enabled) {
	}

	private Set<Role> rolesOf(long userId) {
		List<Role> roles = jdbc.sql("SELECT role FROM staff_role WHERE user_id = :id")
				.param("id", userId)
				.query((rs, n) -> Role.valueOf(rs.getString("role")))
				.list();
		return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
	}

	/** One page of users matching the filter, ordered by username. */
	public List<StaffListing> find(StaffFilter filter) {
		var rows = jdbc.sql("SELECT u.id, u.username, u.display_name, u.unit_id, u.enabled FROM staff_user u "
				+ filter.where() + " ORDER BY u.username LIMIT :limit OFFSET :offset")
				.params(filter.params())
				.param("limit", filter.size() + 1)
				.param("offset", filter.page() * filter.size())
				.query((rs, n) -> new StaffListing(rs.getLong("id"), rs.getString("username"),
						rs.getString("display_name"), rs.getLong("unit_id"), rs.getBoolean("enabled"), Set.of()))
				.list();
		Map<Long, Set<Role>> roles = rolesOf(rows.stream().map(StaffListing::id).toList());
		return rows.stream().map(row -> row.withRoles(roles.getOrDefault(row.id(), Set.of()))).toList();
	}

	private Map<Long, Set<Role>> rolesOf(List<Long> userIds) {
		if (userIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT user_id, role FROM staff_role WHERE user_id IN (:ids)")
				.param("ids", userIds)
				.query((rs, n) -> Map.entry(rs.getLong("user_id"), Role.valueOf(rs.getString("role"))))
				.list().stream()
				.collect(Collectors.groupingBy(Map.Entry::getKey,
						Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
	}

	public boolean isEnabled(long id) {
		return detailsById(id).map(StaffDetails::isEnabled).orElse(false);
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Long.class).single();
	}

	public boolean usernameTaken(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM staff_user WHERE username = :u").param("u", username)
				.query(Long.class).single() > 0;
	}

	@Transactional
	public long create(String username, String displayName, long unitId, Set<Role> roles, String passwordHash) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO staff_user (username, display_name, password_hash, unit_id, enabled, created_at) "
				+ "VALUES (:username, :displayName, :hash, :unitId, TRUE, :now)")
				.param("username", username)
				.param("displayName", displayName)
				.param("hash", passwordHash)
				.param("unitId", unitId)
				.param("now", OffsetDateTime.now(clock))
				.update(keys, "id");
		long id = keys.getKey().longValue();
		replaceRoles(id, roles);
		events.publishEvent(AuditRecord.of("staff.created", "staff", id, AuditRecord.detail("username", username,
				"displayName", displayName, "unitId", unitId, "roles", roles)));
		return id;
	}

	@Transactional
	public void update(long id, String displayName, long unitId, Set<Role> roles, boolean enabled) {
		jdbc.sql("UPDATE staff_user SET display_name = :displayName, unit_id = :unitId, enabled = :enabled WHERE id = :id")
				.param("displayName", displayName)
				.param("unitId", unitId)
				.param("enabled", enabled)
				.param("id", id)
				.update();
		replaceRoles(id, roles);
		events.publishEvent(AuditRecord.of("staff.updated", "staff", id, AuditRecord.detail("displayName", displayName,
				"unitId", unitId, "roles", roles, "enabled", enabled)));
	}

	@Transactional
	public void changePassword(long id, String passwordHash) {
		jdbc.sql("UPDATE staff_user SET password_hash = :hash WHERE id = :id")
				.param("hash", passwordHash).param("id", id).update();
		events.publishEvent(AuditRecord.of("staff.passwordChanged", "staff", id, ""));
	}

	private void replaceRoles(long userId, Set<Role> roles) {
		jdbc.sql("DELETE FROM staff_role WHERE user_id = :id").param("id", userId).update();
		for (Role role : roles) {
			jdbc.sql("INSERT INTO staff_role (user_id, role) VALUES (:id, :role)")
					.param("id", userId).param("role", role.name()).update();
		}
	}
}
