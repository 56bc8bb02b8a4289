package org.whistle.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.Digests;
import org.whistle.audit.AuditRecord;
import org.whistle.audit.AuditedCaches;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * Keys that let another system act as a staff user. A key is random, shown once, and stored only
 * as its SHA-256 digest: a leaked table does not leak keys, and lookup stays one indexed query.
 */
@Service
public class ApiKeys {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;
	private final StaffAccounts accounts;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	/**
	 * Authenticated keys for a few seconds: a client sends its key with every request, and two
	 * queries per request were a tenth of intake's work. Keys and staff changes are audited (as
	 * subject type {@code staff}), which empties it.
	 */
	private final Cache<String, Optional<StaffDetails>> authenticated;

	ApiKeys(JdbcClient jdbc, StaffAccounts accounts, Clock clock, ApplicationEventPublisher events,
			AuditedCaches caches, @Value("${whistle.api.key-cache-ttl:10s}") Duration cacheTtl) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.clock = clock;
		this.events = events;
		this.authenticated = caches.cache("staff", cacheTtl);
	}

	/** Issues a new random key for the user and returns it; it cannot be shown again. */
	@Transactional
	public String issue(long userId, String label) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String key = "wk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		register(userId, key, label);
		events.publishEvent(AuditRecord.of("staff.keyIssued", "staff", userId, AuditRecord.detail("label", label)));
		return key;
	}

	void register(long userId, String key, String label) {
		jdbc.sql("INSERT INTO api_key (user_id, key_hash, label, created_at) VALUES (:user, :hash, :label, :now)")
				.param("user", userId)
				.param("hash", digest(key))
				.param("label", label)
				.param("now", OffsetDateTime.now(clock))
				.update();
	}

	/** The enabled user a live key belongs to. */
	Optional<StaffDetails> authenticate(String key) {
		return authenticated.get(digest(key), this::lookUp);
	}

	private Optional<StaffDetails> lookUp(String digest) {
		return jdbc.sql("SELECT user_id FROM api_key WHERE key_hash = :hash AND revoked_at IS NULL")
				.param("hash", digest)
				.query(Long.class)
				.optional()
				.flatMap(accounts::detailsById)
				.filter(StaffDetails::isEnabled);
	}

	/**
	 * The enabled staff user a live key belongs to, for APIs that take the key as a parameter
	 * (Open311's {@code api_key}) rather than the {@code X-Api-Key} header.
	 */
	public Optional<Staff> staffFor(String key) {
		return key == null || key.isBlank() ? Optional.empty() : authenticate(key.strip()).map(StaffDetails::staff);
	}

	public List<IssuedKey> of(long userId) {
		return jdbc.sql("SELECT id, label, created_at, revoked_at FROM api_key WHERE user_id = :user ORDER BY id")
				.param("user", userId)
				.query((rs, n) -> new IssuedKey(rs.getLong("id"), rs.getString("label"),
						rs.getObject("created_at", OffsetDateTime.class), rs.getObject("revoked_at", OffsetDateTime.class)))
				.list();
	}

	/** Revokes one of the user's keys; false if the user has no such live key. */
	@Transactional
	public boolean revoke(long userId, long keyId) {
		boolean revoked = jdbc.sql("UPDATE api_key SET revoked_at = :now "
				+ "WHERE id = :id AND user_id = :user AND revoked_at IS NULL")
				.param("now", OffsetDateTime.now(clock))
				.param("id", keyId)
				.param("user", userId)
				.update() == 1;
		if (revoked) {
			events.publishEvent(AuditRecord.of("staff.keyRevoked", "staff", userId, AuditRecord.detail("keyId", keyId)));
		}
		return revoked;
	}

	static String digest(String key) {
		return Digests.sha256Hex(key);
	}

	/** A key as listed to its owner: never the key itself. */
	public record IssuedKey(long id, String label, OffsetDateTime createdAt, OffsetDateTime revokedAt) {

		public boolean live() {
			return revokedAt == null;
		}
	}
}
