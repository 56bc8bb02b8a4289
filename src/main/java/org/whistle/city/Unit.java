package org.whistle.city;

/**
 * A unit that receives and handles orders. District, street and community units govern the
 * area with {@code areaCode}; departments and companies have none.
 */
public record Unit(long id, String code, String name, UnitKind kind, Long parentId, String areaCode) {
}
