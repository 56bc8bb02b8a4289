package org.whistle.city;

/**
 * Published after the city's areas were written: the spatial index is rebuilt when the
 * transaction that published it commits (at once when there is none).
 */
public record AreasChanged() {
}
