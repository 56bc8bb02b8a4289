package org.whistle.scorecard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.whistle.scorecard.Scorecard;
import org.whistle.scorecard.UnitScore;

/**
 * The numbers behind the page's charts, drawn as inline SVG by the template: the trend of the
 * mean composite month by month, and how the composites of a period are spread over score bands.
 */
final class Charts {

	static final int WIDTH = 600;
	static final int HEIGHT = 160;

	/** The lower bounds of the distribution's bands; the first one takes everything below 70. */
	private static final int[] BANDS = { 0, 70, 80, 85, 90, 95 };

	record Point(String label, BigDecimal value, int x, int y) {
	}

	record Bar(String label, int count, int x, int height) {
	}

	private Charts() {
	}

	/** One point per month with a composite: the mean over the ranked units. */
	static List<Point> trend(List<Scorecard> months) {
		List<Point> points = new ArrayList<>();
		int step = months.size() <= 1 ? 0 : (WIDTH - 40) / (months.size() - 1);
		for (int i = 0; i < months.size(); i++) {
			BigDecimal mean = mean(months.get(i).units());
			if (mean != null) {
				int y = HEIGHT - 20 - mean.intValue() * (HEIGHT - 40) / 100;
				points.add(new Point(months.get(i).period().toString(), mean, 20 + i * step, y));
			}
		}
		return points;
	}

	static String polyline(List<Point> points) {
		StringBuilder line = new StringBuilder();
		points.forEach(p -> line.append(p.x()).append(',').append(p.y()).append(' '));
		return line.toString().strip();
	}

	static List<Bar> distribution(Scorecard card) {
		int[] counts = new int[BANDS.length];
		for (UnitScore unit : card.units()) {
			BigDecimal composite = unit.rates().composite();
			if (composite == null) {
				continue;
			}
			int band = 0;
			for (int b = 0; b < BANDS.length; b++) {
				if (composite.compareTo(BigDecimal.valueOf(BANDS[b])) >= 0) {
					band = b;
				}
			}
			counts[band]++;
		}
		int max = 1;
		for (int count : counts) {
			max = Math.max(max, count);
		}
		List<Bar> bars = new ArrayList<>();
		int width = (WIDTH - 40) / BANDS.length;
		for (int b = 0; b < BANDS.length; b++) {
			String label = b == 0 ? "<" + BANDS[1] : BANDS[b] + (b + 1 < BANDS.length ? "–" + BANDS[b + 1] : "–100");
			bars.add(new Bar(label, counts[b], 20 + b * width, counts[b] * (HEIGHT - 40) / max));
		}
		return bars;
	}

	private static BigDecimal mean(List<UnitScore> units) {
		List<BigDecimal> composites = units.stream().map(u -> u.rates().composite())
			.filter(c -> c != null).toList();
		if (composites.isEmpty()) {
			return null;
		}
		return composites.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(composites.size()), 2, java.math.RoundingMode.HALF_UP);
	}
}
