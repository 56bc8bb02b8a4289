package org.whistle.scorecard;

import java.math.BigDecimal;

/** The three rates (三率) and the composite, in percent with two decimals; null without valid callbacks. */
public record Rates(BigDecimal response, BigDecimal resolution, BigDecimal satisfaction, BigDecimal composite) {

	public static final Rates NONE = new Rates(null, null, null, null);
}
