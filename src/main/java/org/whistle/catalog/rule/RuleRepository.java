package org.whistle.catalog.rule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.whistle.audit.AuditedCaches;
import org.whistle.city.UnitKind;

import com.github.benmanes.caffeine.cache.Cache;

@Repository
class RuleRepository {

	private static final String SELECT = """
			SELECT rule_id, version, category_code, area_code, lead_kind, lead_unit, co_units, sign_for_hours,
			       contact_hours, resolution_days, urgent_sign_for_hours, urgent_contact_hours,
			       urgent_resolution_hours, valid_from, superseded_at, changed_by
			FROM catalog_rule_version v
			""";

	private final JdbcClient jdbc;
	private final Cache<Codes, List<RuleVersion>> cache;

	RuleRepository(JdbcClient jdbc, AuditedCaches caches,
			@Value("${whistle.catalog.rule-cache-ttl:10s}") Duration cacheTtl) {
		this.jdbc = jdbc;
		this.cache = caches.cache("rule", cacheTtl);
	}

	/** The latest version of every rule, current or ended, by rule id. */
	List<RuleVersion> latest() {
		return jdbc.sql(SELECT + """
				WHERE version = (SELECT MAX(version) FROM catalog_rule_version w WHERE w.rule_id = v.rule_id)
				ORDER BY rule_id""").query(RuleRepository::version).list();
	}

	Optional<RuleVersion> latest(long ruleId) {
		return jdbc.sql(SELECT + "WHERE rule_id = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY").param(ruleId)
			.query(RuleRepository::version).optional();
	}

	List<RuleVersion> history(long ruleId) {
		return jdbc.sql(SELECT + "WHERE rule_id = ? ORDER BY version").param(ruleId)
			.query(RuleRepository::version).list();
	}

	/**
	 * The versions valid at an instant that may match a request in one of the categories and
	 * areas, or that cover every category or the whole city. Every request asks, so the versions
	 * of each combination are cached: a rule edit empties the cache on this node at once, and
	 * other nodes see it within {@code whistle.catalog.rule-cache-ttl}.
	 */
	List<RuleVersion> candidates(Instant at, List<String> categoryCodes, List<String> areaCodes) {
		return cache.get(new Codes(categoryCodes, areaCodes), this::everyVersion).stream()
			.filter(version -> version.isValidAt(at))
			.toList();
	}

	private List<RuleVersion> everyVersion(Codes codes) {
		String categories = codes.categories().isEmpty() ? "category_code IS NULL"
				: "(category_code IS NULL OR category_code IN (:categories))";
		String areas = codes.areas().isEmpty() ? "area_code IS NULL" : "(area_code IS NULL OR area_code IN (:areas))";
		var statement = jdbc.sql(SELECT + "WHERE " + categories + " AND " + areas);
		if (!codes.categories().isEmpty()) {
			statement = statement.param("categories", codes.categories());
		}
		if (!codes.areas().isEmpty()) {
			statement = statement.param("areas", codes.areas());
		}
		return statement.query(RuleRepository::version).list();
	}

	private record Codes(List<String> categories, List<String> areas) {

		Codes {
			categories = List.copyOf(categories);
			areas = List.copyOf(areas);
		}
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM catalog_rule").query(Long.class).single() == 0;
	}

	long newRule(Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO catalog_rule (created_at) VALUES (?)").param(timestamp(at)).update(key, "id");
		return key.getKeyAs(Number.class).longValue();
	}

	/** Locks a rule against concurrent edits until the transaction ends; false if there is none. */
	boolean lock(long ruleId) {
		return jdbc.sql("SELECT id FROM catalog_rule WHERE id = ? FOR UPDATE").param(ruleId).query(Long.class)
			.optional().isPresent();
	}

	void insert(RuleVersion version) {
		RuleTerms terms = version.terms();
		TimeLimits limits = terms.limits();
		jdbc.sql("""
				INSERT INTO catalog_rule_version (rule_id, version, category_code, area_code, lead_kind, lead_unit,
				    co_units, sign_for_hours, contact_hours, resolution_days, urgent_sign_for_hours,
				    urgent_contact_hours, urgent_resolution_hours, valid_from, superseded_at, changed_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(version.ruleId(), version.version(), terms.categoryCode(), terms.areaCode(),
					terms.lead().kind() == null ? null : terms.lead().kind().name(), terms.lead().unitCode(),
					String.join(" ", terms.coUnits()), limits.signForHours(), limits.contactHours(),
					limits.resolutionDays(), limits.urgentSignForHours(), limits.urgentContactHours(),
					limits.urgentResolutionHours(), timestamp(version.validFrom()), timestamp(version.supersededAt()),
					version.changedBy())
			.update();
	}

	void supersede(RuleVersion version, Instant at) {
		jdbc.sql("UPDATE catalog_rule_version SET superseded_at = ? WHERE rule_id = ? AND version = ?")
			.params(timestamp(at), version.ruleId(), version.version())
			.update();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private static RuleVersion version(ResultSet row, int number) throws SQLException {
		String kind = row.getString("lead_kind");
		Lead lead = kind == null ? Lead.unit(row.getString("lead_unit")) : Lead.governmentOf(UnitKind.valueOf(kind));
		String coUnits = row.getString("co_units");
		var terms = new RuleTerms(row.getString("category_code"), row.getString("area_code"), lead,
				coUnits.isEmpty() ? List.of() : Arrays.asList(coUnits.split(" ")),
				new TimeLimits(integer(row, "sign_for_hours"), integer(row, "contact_hours"),
						integer(row, "resolution_days"), integer(row, "urgent_sign_for_hours"),
						integer(row, "urgent_contact_hours"), integer(row, "urgent_resolution_hours")));
		OffsetDateTime superseded = row.getObject("superseded_at", OffsetDateTime.class);
		return new RuleVersion(row.getLong("rule_id"), row.getInt("version"), terms,
				row.getObject("valid_from", OffsetDateTime.class).toInstant(),
				superseded == null ? null : superseded.toInstant(), row.getString("changed_by"));
	}

	private static Integer integer(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}
}
