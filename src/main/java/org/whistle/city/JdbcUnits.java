package org.whistle.city;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;
import org.whistle.audit.AuditedCaches;

import com.github.benmanes.caffeine.cache.Cache;

/** Table {@code unit}: the handling units and their hierarchy. */
@Repository
class JdbcUnits implements Units, UnitRegistry {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,31}");
	private static final int NAME_LENGTH = 100;
	private static final Set<UnitKind> GOVERNING = EnumSet.of(UnitKind.DISTRICT, UnitKind.STREET, UnitKind.COMMUNITY);
	private static final String COLUMNS = "id, code, name, kind, parent_id, area_code, active";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final ApplicationEventPublisher events;

	/** Units that exist, by id and code: every dispatch and every page of orders names some. */
	private final Cache<Long, Unit> byId;
	private final Cache<String, Unit> byCode;
	/** The governing unit of each area asked for (none: empty): a rule may name it for every request. */
	private final Cache<String, Optional<Unit>> governing;

	JdbcUnits(JdbcClient jdbc, JdbcTemplate batch, ApplicationEventPublisher events, AuditedCaches caches) {
		this.byId = caches.cache("unit", Duration.ofMinutes(1));
		this.byCode = caches.cache("unit", Duration.ofMinutes(1));
		this.governing = caches.cache("unit", Duration.ofMinutes(1));
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
	}

	@Override
	public List<Unit> all() {
		return jdbc.sql("SELECT " + COLUMNS + " FROM unit ORDER BY id").query(this::unit).list();
	}

	@Override
	public Optional<Unit> byId(long id) {
		return Optional.ofNullable(byId.get(id, key -> jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = ?")
			.param(key).query(this::unit).optional().orElse(null)));
	}

	@Override
	public Map<Long, Unit> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return byId.getAll(ids, missing -> jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id IN (:ids)")
			.param("ids", List.copyOf(missing))
			.query(this::unit).list().stream()
			.collect(Collectors.toMap(Unit::id, Function.identity())));
	}

	@Override
	public Optional<Unit> byCode(String code) {
		return Optional.ofNullable(byCode.get(code, key -> jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE code = ?")
			.param(key).query(this::unit).optional().orElse(null)));
	}

	/** The active government of the area or, when it has none (a grid), of the nearest area around it. */
	@Override
	public Optional<Unit> governing(String areaCode) {
		return areaCode == null ? Optional.empty() : governing.get(areaCode, this::governingOf);
	}

	private Optional<Unit> governingOf(String areaCode) {
		List<String> codes = AreaCode.selfAndAncestors(areaCode);
		if (codes.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE area_code IN (:codes) AND kind IN (:kinds) AND active"
				+ " ORDER BY LENGTH(area_code) DESC, id FETCH FIRST 1 ROWS ONLY")
			.param("codes", codes)
			.param("kinds", GOVERNING.stream().map(UnitKind::name).toList())
			.query(this::unit)
			.optional();
	}

	@Override
	public List<Entry> list(UnitKind kind) {
		String where = kind == null ? "" : " WHERE kind = :kind";
		return jdbc.sql("SELECT " + COLUMNS + " FROM unit" + where)
			.param("kind", kind == null ? null : kind.name())
			.query(this::toEntry)
			.list()
			.stream()
			.sorted(Comparator.comparing((Entry entry) -> entry.unit().kind()).thenComparing(entry -> entry.unit().code()))
			.toList();
	}

	@Override
	public Optional<Entry> entry(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM unit WHERE id = ?").param(id)
			.query(this::toEntry)
			.optional();
	}

	@Override
	@Transactional
	public Unit create(NewUnit unit) {
		if (unit.code() == null || !CODE.matcher(unit.code()).matches()) {
			throw new InvalidUnit("code", "city.units.error.code", "A code has 2 to 32 capital letters, digits, - or _");
		}
		if (unit.kind() == null) {
			throw new InvalidUnit("kind", "city.units.error.kind", "A unit needs a kind");
		}
		checkName(unit.name());
		checkArea(unit.kind(), unit.areaCode());
		checkParentExists(unit.parentId());
		if (byCode(unit.code()).isPresent()) {
			throw duplicate(unit.code());
		}
		try {
			jdbc.sql("INSERT INTO unit (code, name, kind, parent_id, area_code) VALUES (?, ?, ?, ?, ?)")
				.params(unit.code(), unit.name().strip(), unit.kind().name(), unit.parentId(), blankToNull(unit.areaCode()))
				.update();
			Unit created = byCode(unit.code()).orElseThrow();
			events.publishEvent(AuditRecord.of("unit.created", "unit", created.id(), AuditRecord.detail("code", created.code(),
					"name", created.name(), "kind", created.kind(), "parentId", created.parentId(), "areaCode", created.areaCode())));
			return created;
		}
		catch (DuplicateKeyException e) {
			throw duplicate(unit.code());
		}
	}

	@Override
	@Transactional
	public Unit update(long id, Change change) {
		Unit unit = byId(id).orElseThrow(() -> new NoSuchElementException("No unit " + id));
		checkName(change.name());
		checkParentExists(change.parentId());
		if (change.parentId() != null && ancestorsOf(change.parentId()).contains(id)) {
			throw new InvalidUnit("parentId", "city.units.error.cycle", "A unit cannot be placed under itself");
		}
		jdbc.sql("UPDATE unit SET name = ?, parent_id = ?, active = ? WHERE id = ?")
			.params(change.name().strip(), change.parentId(), change.active(), id)
			.update();
		events.publishEvent(AuditRecord.of("unit.updated", "unit", id, AuditRecord.detail("code", unit.code(),
				"name", change.name().strip(), "parentId", change.parentId(), "active", change.active())));
		return byId(id).orElseThrow();
	}

	/** Inserts units in batches; each names its parent by code, and parents come first in the list. */
	void insertAll(List<UnitSeed> seeds) {
		for (UnitKind kind : List.of(UnitKind.DEPARTMENT, UnitKind.COMPANY, UnitKind.DISTRICT, UnitKind.STREET,
				UnitKind.COMMUNITY)) {
			List<Object[]> rows = seeds.stream().filter(seed -> seed.kind() == kind)
				.map(seed -> new Object[] { seed.code(), seed.name(), seed.kind().name(), seed.parentCode(), seed.areaCode() })
				.toList();
			batch.batchUpdate("INSERT INTO unit (code, name, kind, parent_id, area_code)"
					+ " VALUES (?, ?, ?, (SELECT p.id FROM unit p WHERE p.code = ?), ?)", rows);
		}
	}

	/** The unit itself and every unit above it. */
	private Set<Long> ancestorsOf(long id) {
		Set<Long> seen = new HashSet<>();
		for (Long current = id; current != null && seen.add(current);) {
			current = jdbc.sql("SELECT parent_id FROM unit WHERE id = ?").param(current)
				.query((rs, row) -> rs.getObject("parent_id", Long.class)).optional().orElse(null);
		}
		return seen;
	}

	private void checkName(String name) {
		if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
			throw new InvalidUnit("name", "city.units.error.name", "A name has 1 to 100 characters");
		}
	}

	private void checkArea(UnitKind kind, String areaCode) {
		String code = blankToNull(areaCode);
		Optional<AreaLevel> level = code == null ? Optional.empty()
				: jdbc.sql("SELECT level FROM area WHERE code = ?").param(code).query(String.class).optional()
					.map(AreaLevel::valueOf);
		boolean fits = GOVERNING.contains(kind) ? level.filter(l -> l.name().equals(kind.name())).isPresent()
				: code == null || level.isPresent();
		if (!fits) {
			throw new InvalidUnit("areaCode", "city.units.error.area",
					"A district, street or community unit needs an area of its level; others may name any area");
		}
	}

	private void checkParentExists(Long parentId) {
		if (parentId != null && byId(parentId).isEmpty()) {
			throw new InvalidUnit("parentId", "city.units.error.parent", "No unit " + parentId);
		}
	}

	private static InvalidUnit duplicate(String code) {
		return new InvalidUnit("code", "city.units.error.duplicate", "A unit with code " + code + " exists already");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private Unit unit(ResultSet rs, int row) throws SQLException {
		return new Unit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), UnitKind.valueOf(rs.getString("kind")),
				rs.getObject("parent_id", Long.class), rs.getString("area_code"));
	}

	private Entry toEntry(ResultSet rs, int row) throws SQLException {
		return new Entry(unit(rs, row), rs.getBoolean("active"));
	}

	/** A unit to insert in bulk, with its parent named by code. */
	record UnitSeed(String code, String name, UnitKind kind, String parentCode, String areaCode) {
	}
}
