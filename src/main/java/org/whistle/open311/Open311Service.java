package org.whistle.open311;

/**
 * A service citizens may ask for: a level-3 category of the taxonomy. {@code group} is its
 * top-level category, {@code keywords} the names along its path.
 */
public record Open311Service(String code, String name, String description, String group, String keywords,
		boolean metadata) {
}
