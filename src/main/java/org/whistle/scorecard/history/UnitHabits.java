package org.whistle.scorecard.history;

import java.util.SplittableRandom;

/**
 * How one unit works, so that the ranking means something: a quality between 0.5 and 1 drawn
 * once per unit from the seed, from which its chances of being late, of solving and of
 * satisfying the caller follow.
 */
record UnitHabits(double quality) {

	static UnitHabits of(long unitId, long seed) {
		return new UnitHabits(0.5 + 0.5 * new SplittableRandom(seed * 31 + unitId).nextDouble());
	}

	double signLate() {
		return (1 - quality) * 0.3;
	}

	double contactLate() {
		return (1 - quality) * 0.4;
	}

	double replyLate() {
		return (1 - quality) * 0.25;
	}

	double solved() {
		return 0.55 + 0.43 * quality;
	}

	double satisfiedWhenSolved() {
		return 0.6 + 0.38 * quality;
	}

	static double unreached() {
		return 0.06;
	}
}
