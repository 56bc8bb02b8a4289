package org.whistle.routing;

/** What a place of the gazetteer is, from the broadest to the most specific. */
public enum PlaceKind {
	DISTRICT, STREET, COMMUNITY, ROAD, COMPOUND,
	/** Not in the gazetteer: the point the operator set on the map. */
	POINT;

	/** Whether a place of this kind says where in a community the request is. */
	public boolean isPrecise() {
		return compareTo(COMMUNITY) >= 0;
	}
}
