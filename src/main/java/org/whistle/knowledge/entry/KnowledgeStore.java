package org.whistle.knowledge.entry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.knowledge.KnowledgeEntry;
import org.whistle.knowledge.search.EntrySource;

/**
 * The entries as stored, with their history. Every change takes the next revision (see
 * {@code V2_2__knowledge.sql}) and appends the version it saved to the history.
 */
@Repository
public class KnowledgeStore implements EntrySource {

	private static final String COLUMNS = "id, title, answer, keywords, category_code, unit_id, active, version, "
			+ "created_by, created_at, updated_by, updated_at";

	private final JdbcClient jdbc;

	private final Clock clock;

	KnowledgeStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Optional<KnowledgeEntry> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_entry WHERE id = :id")
			.param("id", id)
			.query(this::entry)
			.optional();
	}

	/** The entries saved last, active or not, latest first. */
	public List<KnowledgeEntry> recent(int limit) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_entry ORDER BY updated_at DESC, id DESC LIMIT :limit")
			.param("limit", limit)
			.query(this::entry)
			.list();
	}

	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM knowledge_entry").query(Long.class).single();
	}

	/** The entry's versions, latest first. */
	public List<EntryVersion> history(long id) {
		return jdbc.sql("SELECT version, title, active, changed_by, changed_at FROM knowledge_entry_history "
				+ "WHERE entry_id = :id ORDER BY version DESC")
			.param("id", id)
			.query((rs, n) -> new EntryVersion(rs.getInt("version"), rs.getString("title"), rs.getBoolean("active"),
					rs.getString("changed_by"), local(rs, "changed_at")))
			.list();
	}

	@Override
	public long revision() {
		return jdbc.sql("SELECT revision FROM knowledge_revision WHERE id = 1").query(Long.class).single();
	}

	@Override
	public List<KnowledgeEntry> changedSince(long revision) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM knowledge_entry WHERE revision > :revision ORDER BY revision")
			.param("revision", revision)
			.query(this::entry)
			.list();
	}

	@Transactional
	long insert(EntryDraft draft, String author) {
		long revision = nextRevision();
		var keys = new GeneratedKeyHolder();
		withDraft(jdbc.sql("INSERT INTO knowledge_entry (title, answer, keywords, category_code, unit_id, active, "
				+ "version, revision, created_by, created_at, updated_by, updated_at) VALUES (:title, :answer, "
				+ ":keywords, :category, :unit, TRUE, 1, :revision, :by, :at, :by, :at)"), draft)
			.param("revision", revision)
			.param("by", author)
			.param("at", OffsetDateTime.now(clock))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		archive(id);
		return id;
	}

	/** Saves the draft over {@code version}; false when the entry is at another version or unknown. */
	@Transactional
	boolean update(long id, int version, EntryDraft draft, String editor) {
		long revision = nextRevision();
		int updated = withDraft(jdbc.sql("UPDATE knowledge_entry SET title = :title, answer = :answer, "
				+ "keywords = :keywords, category_code = :category, unit_id = :unit, version = version + 1, "
				+ "revision = :revision, updated_by = :by, updated_at = :at WHERE id = :id AND version = :version"),
				draft)
			.param("revision", revision)
			.param("by", editor)
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.param("version", version)
			.update();
		return archived(id, updated);
	}

	/** Activates or deactivates the entry; false when it already is so, or unknown. */
	@Transactional
	boolean setActive(long id, boolean active, String editor) {
		long revision = nextRevision();
		int updated = jdbc.sql("UPDATE knowledge_entry SET active = :active, version = version + 1, "
				+ "revision = :revision, updated_by = :by, updated_at = :at WHERE id = :id AND active <> :active")
			.param("active", active)
			.param("revision", revision)
			.param("by", editor)
			.param("at", OffsetDateTime.now(clock))
			.param("id", id)
			.update();
		return archived(id, updated);
	}

	/** Takes the next revision; the row stays locked until the transaction ends, which orders the changes. */
	private long nextRevision() {
		jdbc.sql("UPDATE knowledge_revision SET revision = revision + 1 WHERE id = 1").update();
		return revision();
	}

	private boolean archived(long id, int updated) {
		if (updated == 0) {
			return false;
		}
		archive(id);
		return true;
	}

	private void archive(long id) {
		jdbc.sql("INSERT INTO knowledge_entry_history (entry_id, version, title, answer, keywords, "
				+ "category_code, unit_id, active, changed_by, changed_at) SELECT id, version, title, answer, "
				+ "keywords, category_code, unit_id, active, updated_by, updated_at FROM knowledge_entry WHERE id = :id")
			.param("id", id)
			.update();
	}

	private static StatementSpec withDraft(StatementSpec statement, EntryDraft draft) {
		return statement.param("title", draft.title())
			.param("answer", draft.answer())
			.param("keywords", draft.keywords())
			.param("category", draft.categoryCode(), Types.VARCHAR)
			.param("unit", draft.unitId(), Types.BIGINT);
	}

	private KnowledgeEntry entry(ResultSet rs, int row) throws SQLException {
		return new KnowledgeEntry(rs.getLong("id"), rs.getString("title"), rs.getString("answer"),
				rs.getString("keywords"), rs.getString("category_code"), rs.getObject("unit_id", Long.class),
				rs.getBoolean("active"), rs.getInt("version"), rs.getString("created_by"), local(rs, "created_at"),
				rs.getString("updated_by"), local(rs, "updated_at"));
	}

	/** A time in the city's zone: PostgreSQL hands every timestamp over in UTC. */
	private OffsetDateTime local(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(clock.getZone()).toOffsetDateTime();
	}
}
