package org.whistle.routing;

/**
 * A place of the gazetteer found in a request's words.
 *
 * @param areaCode the area's own code for a district, street or community; the community's code
 *        for a road or residential compound (小区)
 * @param lat a point of the place (inside its polygon), WGS 84
 * @param matched the words of the request that named it
 */
public record PlaceCandidate(String name, PlaceKind kind, String areaCode, double lat, double lon, String matched) {
}
