package org.whistle.city;

import java.util.List;
import java.util.Optional;

/**
 * Creating and changing handling units, for the administrators. A unit's code never changes;
 * an inactive unit keeps its history but governs nothing.
 */
public interface UnitRegistry {

	/** Units of one kind, or all when {@code kind} is null, ordered by kind and code. */
	List<Entry> list(UnitKind kind);

	Optional<Entry> entry(long id);

	/** @throws InvalidUnit naming the field at fault; nothing is saved then */
	Unit create(NewUnit unit);

	/** @throws InvalidUnit naming the field at fault; nothing is saved then */
	Unit update(long id, Change change);

	record Entry(Unit unit, boolean active) {
	}

	/** A unit to create; {@code parentId} and {@code areaCode} may be null. */
	record NewUnit(String code, String name, UnitKind kind, Long parentId, String areaCode) {
	}

	/** What may change after creation. */
	record Change(String name, Long parentId, boolean active) {
	}

	/** A rejected change: {@code field} is the input at fault, {@code messageCode} a message key. */
	final class InvalidUnit extends RuntimeException {

		private final String field;
		private final String messageCode;

		public InvalidUnit(String field, String messageCode, String message) {
			super(message);
			this.field = field;
			this.messageCode = messageCode;
		}

		public String field() {
			return field;
		}

		public String messageCode() {
			return messageCode;
		}
	}
}
