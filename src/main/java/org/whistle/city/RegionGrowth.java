package org.whistle.city;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Splits a connected set of lattice cells into regions grown from seed cells, like ink spreading
 * at different speeds. Every cell joins the region that reaches it first, always through a cell
 * of the same region, so each region is connected by edges and its union is a single polygon.
 */
final class RegionGrowth {

	private RegionGrowth() {
	}

	/**
	 * @return for each cell of the lattice, the index of its seed's region, or -1 outside {@code cells}
	 */
	static int[] grow(DemoLattice lattice, List<Integer> cells, int[] seeds, double[] speeds, Random random) {
		boolean[] allowed = new boolean[lattice.cellCount()];
		double[] cost = new double[lattice.cellCount()];
		for (int cell : cells) {
			allowed[cell] = true;
			cost[cell] = 1 + 1.5 * random.nextDouble();
		}
		int[] region = new int[lattice.cellCount()];
		Arrays.fill(region, -1);
		var queue = new PriorityQueue<Step>(Comparator.comparingDouble(Step::distance).thenComparingInt(Step::cell));
		for (int i = 0; i < seeds.length; i++) {
			queue.add(new Step(0, seeds[i], i));
		}
		while (!queue.isEmpty()) {
			Step step = queue.poll();
			if (region[step.cell()] != -1) {
				continue;
			}
			region[step.cell()] = step.region();
			for (int next : lattice.neighbours(step.cell())) {
				if (allowed[next] && region[next] == -1) {
					queue.add(new Step(step.distance() + cost[next] / speeds[step.region()], next, step.region()));
				}
			}
		}
		return region;
	}

	/** {@code count} seeds spread over the cells: each next one far from those chosen, with some chance. */
	static int[] spreadSeeds(DemoLattice lattice, List<Integer> cells, int count, Random random) {
		List<Integer> seeds = new ArrayList<>();
		seeds.add(cells.get(random.nextInt(cells.size())));
		double[] nearest = new double[cells.size()];
		Arrays.fill(nearest, Double.MAX_VALUE);
		while (seeds.size() < count) {
			int last = seeds.get(seeds.size() - 1);
			int best = -1;
			double bestScore = -1;
			for (int i = 0; i < cells.size(); i++) {
				nearest[i] = Math.min(nearest[i], lattice.distance(cells.get(i), last));
				double score = nearest[i] * (0.7 + 0.3 * random.nextDouble());
				if (score > bestScore) {
					best = cells.get(i);
					bestScore = score;
				}
			}
			seeds.add(best);
		}
		return seeds.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Random growth speeds between {@code low} and {@code high}. */
	static double[] speeds(int count, double low, double high, Random random) {
		double[] speeds = new double[count];
		for (int i = 0; i < count; i++) {
			speeds[i] = low + (high - low) * random.nextDouble();
		}
		return speeds;
	}

	private record Step(double distance, int cell, int region) {
	}
}
