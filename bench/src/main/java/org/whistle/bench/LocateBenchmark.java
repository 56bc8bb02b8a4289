package org.whistle.bench;

import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.whistle.city.City;
import org.whistle.city.CityDemo;
import org.whistle.city.Location;

/**
 * {@link City#locate} on the demo city (about 3,000 grids) built in memory, at random points of
 * its bounding box: most fall in a grid, the rest outside the city's outline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LocateBenchmark {

	private static final int POINTS = 1 << 16;

	private City city;
	private final double[] lats = new double[POINTS];
	private final double[] lons = new double[POINTS];
	private int next;

	@Setup
	public void buildTheCity() {
		city = CityDemo.inMemory();
		var random = new Random(42);
		for (int i = 0; i < POINTS; i++) {
			lats[i] = CityDemo.SOUTH + (CityDemo.NORTH - CityDemo.SOUTH) * random.nextDouble();
			lons[i] = CityDemo.WEST + (CityDemo.EAST - CityDemo.WEST) * random.nextDouble();
		}
	}

	@Benchmark
	public Optional<Location> locate() {
		int i = next++ & (POINTS - 1);
		return city.locate(lats[i], lons[i]);
	}
}
