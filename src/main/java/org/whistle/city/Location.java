package org.whistle.city;

/** Where a point lies: its grid and the community, street office and district around it. */
public record Location(Area grid, Area community, Area street, Area district) {
}
