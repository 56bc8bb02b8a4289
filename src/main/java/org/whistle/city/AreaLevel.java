package org.whistle.city;

/** The levels of the city's administrative areas, from the largest down. */
public enum AreaLevel {
	DISTRICT, STREET, COMMUNITY, GRID
}
