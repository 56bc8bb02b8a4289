package org.whistle.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.whistle.WhistleApplication;
import org.whistle.scorecard.Level;
import org.whistle.scorecard.Period;
import org.whistle.scorecard.Scorecard;
import org.whistle.scorecard.Scorecards;

/**
 * Scores one month for every level with the application ({@code Scorecards.evaluateLive}: one
 * aggregate over the facts, rates, composite and ranking in Java, names of the units) and with
 * one hand-written SQL query that computes the same numbers (rates, composite and rank in SQL);
 * prints the median of the timed runs of each and their ratio; then every level at once
 * ({@code Scorecards.evaluateLive(period)}: one pass over the month's facts) against one
 * hand-written statement doing the same. Run by {@code bench/scorecard}.
 */
public final class ScorecardBench {

	private static final int WARMUP = Integer.getInteger("whistle.bench.warmup", 2);
	private static final int RUNS = Integer.getInteger("whistle.bench.runs", 5);

	private ScorecardBench() {
	}

	public static void main(String[] args) throws Exception {
		Period period = Period.parse(args.length > 0 ? args[0] : "2026-10");
		try (var context = new SpringApplicationBuilder(WhistleApplication.class).web(WebApplicationType.NONE)
			.properties("whistle.demo.enabled=false", "spring.main.banner-mode=off", "logging.level.root=WARN",
					"db-scheduler.enabled=true", "db-scheduler.polling-interval=1h")
			.run()) {
			Scorecards scorecards = context.getBean(Scorecards.class);
			DataSource dataSource = context.getBean(DataSource.class);
			System.out.printf("facts in %s: %,d%n", period, count(dataSource, period));
			double whistleTotal = 0;
			double sqlTotal = 0;
			System.out.printf("%-11s %6s %12s %12s %12s %7s%n", "level", "units", "whistle ms", "full ms", "sql ms",
					"ratio");
			for (Level level : Level.values()) {
				List<Double> live = new ArrayList<>();
				List<Double> full = new ArrayList<>();
				List<Double> sql = new ArrayList<>();
				int units = 0;
				int rows = 0;
				for (int run = 0; run < WARMUP + RUNS; run++) {
					long t0 = System.nanoTime();
					Scorecard card = scorecards.evaluateLive(period, level);
					long t1 = System.nanoTime();
					scorecards.evaluate(period, level, null);
					long t2 = System.nanoTime();
					rows = handWritten(dataSource, period, level);
					long t3 = System.nanoTime();
					units = card.units().size();
					if (run >= WARMUP) {
						live.add((t1 - t0) / 1e6);
						full.add((t2 - t1) / 1e6);
						sql.add((t3 - t2) / 1e6);
					}
				}
				if (rows != units) {
					throw new IllegalStateException(level + ": the SQL found " + rows + " units, Whistle " + units);
				}
				double l = median(live);
				double s = median(sql);
				whistleTotal += l;
				sqlTotal += s;
				System.out.printf("%-11s %6d %12.1f %12.1f %12.1f %7.2f%n", level.param(), units, l, median(full), s,
						l / s);
			}
			System.out.printf("%-11s %6s %12.1f %12s %12.1f %7.2f%n", "sum", "", whistleTotal, "", sqlTotal,
					whistleTotal / sqlTotal);
			List<Double> live = new ArrayList<>();
			List<Double> sql = new ArrayList<>();
			int units = 0;
			int rows = 0;
			for (int run = 0; run < WARMUP + RUNS; run++) {
				long t0 = System.nanoTime();
				Map<Level, Scorecard> cards = scorecards.evaluateLive(period);
				long t1 = System.nanoTime();
				rows = handWrittenEveryLevel(dataSource, period);
				long t2 = System.nanoTime();
				units = cards.values().stream().mapToInt(card -> card.units().size()).sum();
				if (run >= WARMUP) {
					live.add((t1 - t0) / 1e6);
					sql.add((t2 - t1) / 1e6);
				}
			}
			if (rows != units) {
				throw new IllegalStateException("every level: the SQL found " + rows + " units, Whistle " + units);
			}
			System.out.printf("%-11s %6d %12.1f %12s %12.1f %7.2f%n", "one pass", units, median(live), "", median(sql),
					median(live) / median(sql));
		}
	}

	private static long count(DataSource dataSource, Period period) throws Exception {
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM scorecard_fact WHERE period = " + key(period))) {
			rs.next();
			return rs.getLong(1);
		}
	}

	private static int key(Period period) {
		return period.first().getYear() * 100 + period.first().getMonthValue();
	}

	/** The counts of one group of facts, {@code satisfied} weighted (基本满意 × 0.9). */
	private static final String SUMS = """
			SUM(CASE WHEN NOT excluded THEN 1 ELSE 0 END) AS received,
			SUM(CASE WHEN NOT excluded AND dispatched_at IS NOT NULL THEN 1 ELSE 0 END) AS dispatched,
			SUM(CASE WHEN NOT excluded AND signed_on_time THEN 1 ELSE 0 END) AS signed_on_time,
			SUM(CASE WHEN NOT excluded AND contacted_on_time THEN 1 ELSE 0 END) AS contacted_on_time,
			SUM(CASE WHEN NOT excluded AND replied_on_time THEN 1 ELSE 0 END) AS replied_on_time,
			SUM(CASE WHEN NOT excluded AND overdue THEN 1 ELSE 0 END) AS overdue,
			SUM(CASE WHEN NOT excluded AND reopen_count > 0 THEN 1 ELSE 0 END) AS reopened,
			SUM(CASE WHEN excluded THEN 1 ELSE 0 END) AS excluded,
			SUM(CASE WHEN NOT excluded AND reached THEN 1 ELSE 0 END) AS callbacks,
			SUM(CASE WHEN NOT excluded AND reached AND contacted_on_time THEN 1 ELSE 0 END) AS in_time,
			SUM(CASE WHEN NOT excluded AND reached AND solved THEN 1 ELSE 0 END) AS solved,
			SUM(CASE WHEN NOT excluded AND reached AND satisfaction = 'SATISFIED' THEN 1.0
			         WHEN NOT excluded AND reached AND satisfaction = 'BASICALLY_SATISFIED' THEN 0.9
			         ELSE 0 END) AS satisfied
			""";

	/** The same counts summed again over groups of {@link #SUMS}. */
	private static final String RESUMS = """
			SUM(received) AS received, SUM(dispatched) AS dispatched, SUM(signed_on_time) AS signed_on_time,
			SUM(contacted_on_time) AS contacted_on_time, SUM(replied_on_time) AS replied_on_time,
			SUM(overdue) AS overdue, SUM(reopened) AS reopened, SUM(excluded) AS excluded,
			SUM(callbacks) AS callbacks, SUM(in_time) AS in_time, SUM(solved) AS solved, SUM(satisfied) AS satisfied
			""";

	/** Rates, composite and rank (within each level) of the tallies {@code t(level, unit, counts…)}. */
	private static final String SCORED = """
			r AS (
			  SELECT t.*,
			    ROUND(100.0 * in_time / NULLIF(callbacks, 0), 2) AS response,
			    ROUND(100.0 * solved / NULLIF(callbacks, 0), 2) AS resolution,
			    ROUND(100.0 * satisfied / NULLIF(callbacks, 0), 2) AS satisfaction
			  FROM t),
			c AS (
			  SELECT r.*, ROUND(0.1 * response + 0.5 * resolution + 0.4 * satisfaction, 2) AS composite FROM r)
			SELECT c.*, CASE WHEN composite IS NULL THEN 0
			  ELSE RANK() OVER (PARTITION BY level ORDER BY composite DESC NULLS LAST) END AS rank
			FROM c ORDER BY level, composite DESC NULLS LAST, unit
			""";

	/** The whole scorecard of a level in one statement, written by hand; returns the number of units. */
	private static int handWritten(DataSource dataSource, Period period, Level level) throws Exception {
		String key = level == Level.DISTRICT ? "district_code" : "lead_unit_id";
		String where = level == Level.DISTRICT ? "lead_unit_id IS NOT NULL AND district_code IS NOT NULL"
				: "unit_kind = '" + level.kind().name() + "'";
		return rows(dataSource, "WITH t AS (SELECT '%s' AS level, %s AS unit, %s FROM scorecard_fact WHERE period = %d "
			.formatted(level.name(), key, SUMS, key(period)) + "AND " + where + " GROUP BY " + key + "),\n" + SCORED);
	}

	/**
	 * Every level's scorecard in one statement, written by hand: one pass over the month grouped
	 * by district, lead unit and kind, summed again per level; returns the number of units.
	 */
	private static int handWrittenEveryLevel(DataSource dataSource, Period period) throws Exception {
		return rows(dataSource, """
				WITH f AS (
				  SELECT district_code, lead_unit_id, unit_kind, %s
				  FROM scorecard_fact WHERE period = %d GROUP BY district_code, lead_unit_id, unit_kind),
				t AS (
				  SELECT 'DISTRICT' AS level, district_code AS unit, %s FROM f
				  WHERE lead_unit_id IS NOT NULL AND district_code IS NOT NULL GROUP BY district_code
				  UNION ALL
				  SELECT unit_kind, CAST(lead_unit_id AS VARCHAR(20)), %s FROM f
				  WHERE unit_kind IS NOT NULL GROUP BY unit_kind, lead_unit_id),
				""".formatted(SUMS, key(period), RESUMS, RESUMS) + SCORED);
	}

	private static int rows(DataSource dataSource, String sql) throws Exception {
		int rows = 0;
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				rows++;
			}
		}
		return rows;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
