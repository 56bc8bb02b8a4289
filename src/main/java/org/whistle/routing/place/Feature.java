package org.whistle.routing.place;

import java.util.List;

import org.whistle.routing.PlaceCandidate;
import org.whistle.routing.PlaceKind;

/**
 * A place the gazetteer knows by its name and aliases.
 *
 * @param areaCode the area's code for a district, street or community; the community's for a road or compound
 */
public record Feature(String name, PlaceKind kind, List<String> aliases, String areaCode, double lat, double lon) {

	public Feature {
		aliases = List.copyOf(aliases);
	}

	/** Whether this place lies in {@code other}: its area is the other's or below it, and it is more specific. */
	boolean liesIn(Feature other) {
		if (other.kind.compareTo(kind) >= 0) {
			return false;
		}
		String container = other.kind == PlaceKind.ROAD ? street(other.areaCode) : other.areaCode;
		return areaCode.startsWith(container);
	}

	/** Whether the two may name the same spot: one lies in the other, or they are the same place. */
	boolean agreesWith(Feature other) {
		return equals(other) || liesIn(other) || other.liesIn(this);
	}

	PlaceCandidate candidate(String matched) {
		return new PlaceCandidate(name, kind, areaCode, lat, lon, matched);
	}

	/** A road runs through several communities: it is pinned to its street. */
	private static String street(String communityCode) {
		return communityCode.substring(0, Math.min(9, communityCode.length()));
	}
}
