package org.whistle.city;

/**
 * One administrative area: a district (6-digit code), a street office or township (9), a
 * community or village (12) or a grid (15 digits). Each code starts with its parent's code.
 */
public record Area(String code, String name, AreaLevel level, String parentCode) {
}
