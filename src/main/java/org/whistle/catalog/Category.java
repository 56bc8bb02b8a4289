package org.whistle.catalog;

/**
 * A category of the three-level taxonomy (三级分类). Codes are stable: a level-1 code has two
 * digits and each level appends two digits to its parent's code ({@code 01} → {@code 0102} →
 * {@code 010208}). A retired category stays known, inactive, so that old orders keep their name.
 */
public record Category(String code, String name, int level, String parentCode, boolean active) {
}
