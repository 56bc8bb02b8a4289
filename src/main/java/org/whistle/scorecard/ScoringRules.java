package org.whistle.scorecard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the three rates make a score; configuration, because places weigh them differently
 * (domain.md, "一份卷子": 0.1/0.5/0.4 in one Beijing district, 30/35/35 or 20/40/40 elsewhere).
 *
 * @param weights of response, resolution and satisfaction; they add up to 1
 * @param basicallySatisfiedFactor what a 基本满意 verdict counts for in the satisfaction rate
 * @param tiers the composite scores that open the 1st, 2nd … tier (分档), highest first; below
 *        the last one is the last tier
 */
@ConfigurationProperties("whistle.scorecard")
public record ScoringRules(@DefaultValue Weights weights, @DefaultValue("0.9") BigDecimal basicallySatisfiedFactor,
		@DefaultValue({ "95", "90", "80" }) List<BigDecimal> tiers) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public static final ScoringRules DEFAULT = new ScoringRules(Weights.DEFAULT, new BigDecimal("0.9"),
			List.of(new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("80")));

	public ScoringRules {
		if (weights.response().add(weights.resolution()).add(weights.satisfaction()).compareTo(BigDecimal.ONE) != 0) {
			throw new IllegalArgumentException("whistle.scorecard.weights must add up to 1");
		}
		if (basicallySatisfiedFactor.signum() < 0 || basicallySatisfiedFactor.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException("whistle.scorecard.basically-satisfied-factor must be between 0 and 1");
		}
		tiers = List.copyOf(tiers);
		for (int i = 1; i < tiers.size(); i++) {
			if (tiers.get(i).compareTo(tiers.get(i - 1)) >= 0) {
				throw new IllegalArgumentException("whistle.scorecard.tiers must be given highest first");
			}
		}
	}

	public record Weights(@DefaultValue("0.1") BigDecimal response, @DefaultValue("0.5") BigDecimal resolution,
			@DefaultValue("0.4") BigDecimal satisfaction) {

		public static final Weights DEFAULT = new Weights(new BigDecimal("0.1"), new BigDecimal("0.5"),
				new BigDecimal("0.4"));
	}

	/**
	 * The three rates of domain.md ("一份卷子"), each over the valid callbacks: response =
	 * contacted in time, resolution = solved, satisfaction = satisfied + factor × basically
	 * satisfied. Each rate is rounded to two decimals of a percent and the composite is weighed
	 * from the rounded rates, so that anyone can recompute a published composite from the
	 * published rates.
	 */
	public Rates rates(Tally tally) {
		if (tally.callbacks() == 0) {
			return Rates.NONE;
		}
		BigDecimal callbacks = BigDecimal.valueOf(tally.callbacks());
		BigDecimal response = percent(BigDecimal.valueOf(tally.contactedInTime()), callbacks);
		BigDecimal resolution = percent(BigDecimal.valueOf(tally.solved()), callbacks);
		BigDecimal satisfied = BigDecimal.valueOf(tally.satisfied())
			.add(basicallySatisfiedFactor.multiply(BigDecimal.valueOf(tally.basicallySatisfied())));
		BigDecimal satisfaction = percent(satisfied, callbacks);
		BigDecimal composite = weights.response().multiply(response)
			.add(weights.resolution().multiply(resolution))
			.add(weights.satisfaction().multiply(satisfaction))
			.setScale(2, RoundingMode.HALF_UP);
		return new Rates(response, resolution, satisfaction, composite);
	}

	/** The tier (1 = best) of a composite; 0 when there is no composite. */
	public int tier(BigDecimal composite) {
		if (composite == null) {
			return 0;
		}
		for (int i = 0; i < tiers.size(); i++) {
			if (composite.compareTo(tiers.get(i)) >= 0) {
				return i + 1;
			}
		}
		return tiers.size() + 1;
	}

	private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
		return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
	}
}
