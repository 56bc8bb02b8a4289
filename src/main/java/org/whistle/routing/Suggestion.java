package org.whistle.routing;

import java.util.List;

/**
 * What routing suggests for a request: where it is, who should handle it, and the open orders
 * it may repeat.
 *
 * @param repeatsSearched whether repeats could be looked for: it takes a category and a sure, precise place
 *        (a point, road or compound)
 */
public record Suggestion(PlaceGuess place, UnitGuess unit, List<Repeat> repeats, boolean repeatsSearched) {

	public Suggestion {
		repeats = List.copyOf(repeats);
	}
}
