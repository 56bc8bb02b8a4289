package org.whistle.routing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code whistle.routing.repeats.*}: an open order is a possible repeat when it has the same
 * category, lies within {@code radius-metres}, came in within {@code days} and its text is at
 * least {@code min-similarity} alike; at most {@code max} are offered.
 */
@ConfigurationProperties("whistle.routing")
public record RoutingSettings(@DefaultValue Repeats repeats) {

	public record Repeats(@DefaultValue("250") double radiusMetres, @DefaultValue("30") int days,
			@DefaultValue("0.3") double minSimilarity, @DefaultValue("10") int max) {

		public Repeats {
			if (radiusMetres <= 0 || days <= 0 || minSimilarity < 0 || minSimilarity > 1 || max <= 0) {
				throw new IllegalArgumentException("whistle.routing.repeats: radius, days and max must be positive, "
						+ "min-similarity between 0 and 1");
			}
		}

		public Duration window() {
			return Duration.ofDays(days);
		}
	}
}
