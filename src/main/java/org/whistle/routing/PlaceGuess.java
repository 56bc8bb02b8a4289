package org.whistle.routing;

import java.util.List;
import java.util.Optional;

import org.whistle.city.Location;

/**
 * Where a request is, as far as its words or point tell.
 *
 * @param best the most specific place that agrees with the others named; empty when none is named
 * @param confidence between 0 and 1
 * @param sure whether the guess may be used without asking the operator
 * @param doubt why the operator should be asked
 * @param candidates every place named, the best first
 * @param location the grid, community, street and district of the best place's point; empty
 *        without a place
 */
public record PlaceGuess(Optional<PlaceCandidate> best, double confidence, boolean sure, Doubt doubt,
		List<PlaceCandidate> candidates, Optional<Location> location) {

	public PlaceGuess {
		candidates = List.copyOf(candidates);
	}

	public static PlaceGuess notFound() {
		return new PlaceGuess(Optional.empty(), 0, false, Doubt.NOT_FOUND, List.of(), Optional.empty());
	}

	PlaceGuess at(Optional<Location> where) {
		return new PlaceGuess(best, confidence, sure, doubt, candidates, where);
	}
}
