package org.whistle.intake.photo;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.whistle.intake.Photos.PhotoContent;
import org.whistle.intake.Photos.PhotoRef;

/** The table order_photo: photos with their bytes, SHA-256, uploader and time. */
@Repository
class PhotoStore {

	private static final RowMapper<PhotoRef> REF = (rs, n) -> new PhotoRef(rs.getLong("id"), rs.getLong("order_id"),
			rs.getString("filename"), rs.getString("media_type"), rs.getLong("size"));

	private final JdbcClient jdbc;

	PhotoStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int count(long orderId) {
		return jdbc.sql("SELECT COUNT(*) FROM order_photo WHERE order_id = :order").param("order", orderId)
			.query(Integer.class).single();
	}

	/**
	 * Stores the order's photo number {@code photoNo}; a duplicate key if another upload took that
	 * number. {@code staffId} is {@code null} for a photo the caller sent.
	 */
	PhotoRef insert(long orderId, int photoNo, PhotoCheck.Accepted photo, byte[] content, Long staffId, Instant at) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO order_photo (order_id, photo_no, filename, media_type, size, sha256, content, uploaded_by, "
				+ "uploaded_at) VALUES (:order, :no, :name, :type, :size, :sha, :content, :by, :at)")
			.param("order", orderId).param("no", photoNo).param("name", photo.filename())
			.param("type", photo.type().mediaType()).param("size", content.length).param("sha", sha256(content))
			.param("content", content).param("by", staffId).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(keys, "id");
		return new PhotoRef(keys.getKeyAs(Long.class), orderId, photo.filename(), photo.type().mediaType(),
				content.length);
	}

	List<PhotoRef> of(long orderId) {
		return jdbc.sql("SELECT id, order_id, filename, media_type, size FROM order_photo WHERE order_id = :order "
				+ "ORDER BY photo_no").param("order", orderId).query(REF).list();
	}

	Optional<PhotoContent> content(long orderId, long photoId) {
		return jdbc.sql("SELECT media_type, content FROM order_photo WHERE order_id = :order AND id = :id")
			.param("order", orderId).param("id", photoId)
			.query((rs, n) -> new PhotoContent(rs.getString("media_type"), rs.getBytes("content")))
			.optional();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}
