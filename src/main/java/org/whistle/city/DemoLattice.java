package org.whistle.city;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The demo city's ground: a lattice of cells over a bounding box whose interior vertices are
 * jittered, so cells look irregular yet share exact vertices and tile without gaps or overlaps.
 * Only the cells inside an irregular city outline belong to the city. {@link StrictMath} keeps
 * the outline the same on every JVM.
 */
final class DemoLattice {

	/** Each vertex moves less than a quarter cell, so every cell stays a simple quadrilateral. */
	private static final double JITTER = 0.24;
	private static final double OUTLINE_SIZE = 0.9;
	private static final int[][] EDGE_STEPS = { { -1, 0 }, { 1, 0 }, { 0, -1 }, { 0, 1 } };

	private final int columns;
	private final int rows;
	private final double[] vertexLon;
	private final double[] vertexLat;
	private final double[] outlineAmplitudes = new double[4];
	private final double[] outlinePhases = new double[4];
	private final boolean[] inCity;

	DemoLattice(double south, double west, double north, double east, int columns, int rows, Random random) {
		this.columns = columns;
		this.rows = rows;
		this.vertexLon = new double[(columns + 1) * (rows + 1)];
		this.vertexLat = new double[vertexLon.length];
		for (int row = 0; row <= rows; row++) {
			for (int column = 0; column <= columns; column++) {
				boolean border = row == 0 || row == rows || column == 0 || column == columns;
				double dx = border ? 0 : (random.nextDouble() * 2 - 1) * JITTER;
				double dy = border ? 0 : (random.nextDouble() * 2 - 1) * JITTER;
				int vertex = row * (columns + 1) + column;
				vertexLon[vertex] = round(west + (east - west) * (column + dx) / columns);
				vertexLat[vertex] = round(south + (north - south) * (row + dy) / rows);
			}
		}
		for (int k = 0; k < outlineAmplitudes.length; k++) {
			outlineAmplitudes[k] = 0.02 + 0.05 * random.nextDouble();
			outlinePhases[k] = 2 * Math.PI * random.nextDouble();
		}
		this.inCity = outlineCells();
	}

	static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}

	int cellCount() {
		return columns * rows;
	}

	int column(int cell) {
		return cell % columns;
	}

	int row(int cell) {
		return cell / columns;
	}

	boolean inCity(int cell) {
		return inCity[cell];
	}

	List<Integer> cityCells() {
		List<Integer> cells = new ArrayList<>();
		for (int cell = 0; cell < cellCount(); cell++) {
			if (inCity[cell]) {
				cells.add(cell);
			}
		}
		return cells;
	}

	/** The cells of the city that share an edge with {@code cell}. */
	List<Integer> neighbours(int cell) {
		List<Integer> result = new ArrayList<>(4);
		for (int[] step : EDGE_STEPS) {
			addIfInCity(result, column(cell) + step[0], row(cell) + step[1]);
		}
		return result;
	}

	/** The city cell nearest to a point given as fractions of the box (0,0 = south-west corner). */
	int cellNear(double x, double y) {
		int best = -1;
		double bestDistance = Double.MAX_VALUE;
		for (int cell : cityCells()) {
			double d = StrictMath.hypot((column(cell) + 0.5) / columns - x, (row(cell) + 0.5) / rows - y);
			if (d < bestDistance) {
				best = cell;
				bestDistance = d;
			}
		}
		return best;
	}

	/** Distance between cell centres, in cells. */
	double distance(int a, int b) {
		return StrictMath.hypot(column(a) - column(b), row(a) - row(b));
	}

	/** How far out a cell lies: 0 at the centre, 1 on the city outline. */
	double remoteness(int cell) {
		double x = centreX(cell);
		double y = centreY(cell);
		return StrictMath.hypot(x, y) / outlineRadius(StrictMath.atan2(y, x));
	}

	Polygon polygon(int cell, GeometryFactory factory) {
		int column = column(cell);
		int row = row(cell);
		return factory.createPolygon(new Coordinate[] { vertex(column, row), vertex(column + 1, row),
				vertex(column + 1, row + 1), vertex(column, row + 1), vertex(column, row) });
	}

	private Coordinate vertex(int column, int row) {
		int vertex = row * (columns + 1) + column;
		return new Coordinate(vertexLon[vertex], vertexLat[vertex]);
	}

	private void addIfInCity(List<Integer> result, int column, int row) {
		if (column >= 0 && column < columns && row >= 0 && row < rows && inCity[row * columns + column]) {
			result.add(row * columns + column);
		}
	}

	/**
	 * The cells inside the outline, made one piece without holes: the part connected to the centre,
	 * plus every enclosed cell, so that the union of all cells is a single polygon.
	 */
	private boolean[] outlineCells() {
		boolean[] inside = new boolean[cellCount()];
		for (int cell = 0; cell < inside.length; cell++) {
			inside[cell] = StrictMath.hypot(centreX(cell), centreY(cell)) <= outlineRadius(
					StrictMath.atan2(centreY(cell), centreX(cell)));
		}
		boolean[] connected = reachable(inside, List.of((rows / 2) * columns + columns / 2), true);
		List<Integer> border = new ArrayList<>();
		for (int cell = 0; cell < inside.length; cell++) {
			int column = column(cell);
			int row = row(cell);
			if (!connected[cell] && (column == 0 || row == 0 || column == columns - 1 || row == rows - 1)) {
				border.add(cell);
			}
		}
		boolean[] outside = reachable(connected, border, false);
		boolean[] city = new boolean[inside.length];
		for (int cell = 0; cell < city.length; cell++) {
			city[cell] = !outside[cell];
		}
		return city;
	}

	/** The cells reachable by edge steps from {@code starts} through cells whose flag equals {@code flag}. */
	private boolean[] reachable(boolean[] flags, List<Integer> starts, boolean flag) {
		boolean[] seen = new boolean[flags.length];
		var queue = new ArrayDeque<Integer>();
		for (int start : starts) {
			if (flags[start] == flag && !seen[start]) {
				seen[start] = true;
				queue.add(start);
			}
		}
		while (!queue.isEmpty()) {
			int cell = queue.poll();
			int column = column(cell);
			int row = row(cell);
			for (int[] step : EDGE_STEPS) {
				int c = column + step[0];
				int r = row + step[1];
				int next = r * columns + c;
				if (c >= 0 && c < columns && r >= 0 && r < rows && !seen[next] && flags[next] == flag) {
					seen[next] = true;
					queue.add(next);
				}
			}
		}
		return seen;
	}

	private double centreX(int cell) {
		return (column(cell) + 0.5) / columns * 2 - 1;
	}

	private double centreY(int cell) {
		return (row(cell) + 0.5) / rows * 2 - 1;
	}

	/** A rounded square (superellipse) with a few waves on it. */
	private double outlineRadius(double angle) {
		double cos = Math.abs(StrictMath.cos(angle));
		double sin = Math.abs(StrictMath.sin(angle));
		double square = OUTLINE_SIZE / StrictMath.cbrt(cos * cos * cos + sin * sin * sin);
		double waves = 1;
		for (int k = 0; k < outlineAmplitudes.length; k++) {
			waves += outlineAmplitudes[k] * StrictMath.sin((k + 2) * angle + outlinePhases[k]);
		}
		return square * waves;
	}
}
