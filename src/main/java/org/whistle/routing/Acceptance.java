package org.whistle.routing;

import java.time.Instant;

/**
 * How often dispatchers took the suggested lead unit: of the suggestions decided in
 * [{@code from}, {@code to}), {@code accepted} kept the suggested unit.
 *
 * @param rate accepted ÷ decided; {@code null} when nothing was decided
 */
public record Acceptance(Instant from, Instant to, long decided, long accepted, Double rate) {

	public static Acceptance of(Instant from, Instant to, long decided, long accepted) {
		return new Acceptance(from, to, decided, accepted, decided == 0 ? null : (double) accepted / decided);
	}
}
