package org.whistle.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * One phase of the intake load: {@code wrk} with {@code bench/lib/intake.lua} as a child process,
 * HTTP/1.1 keep-alive connections in a closed loop (each sends its next request as soon as the last
 * one is answered), and what it printed.
 */
final class IntakeLoadWrk {

	private final Process process;
	private final Path output;
	private final Path ids;
	private final int threads;

	private IntakeLoadWrk(Process process, Path output, Path ids, int threads) {
		this.process = process;
		this.output = output;
		this.ids = ids;
		this.threads = threads;
	}

	/** wrk spreads the connections evenly over its threads: two where that adds up, else one. */
	static int threads(int clients) {
		return clients >= 2 && clients % 2 == 0 ? 2 : 1;
	}

	/**
	 * Starts wrk for {@code seconds}; {@code phase} names its files in the work dir, and its
	 * requests' Idempotency-Keys start with {@code keyPrefix}.
	 */
	static IntakeLoadWrk start(IntakeLoad.Options o, Path bodies, String phase, int seconds, String keyPrefix)
			throws IOException {
		int threads = threads(o.clients());
		Path output = o.workDir().resolve(phase + ".out");
		Path ids = o.workDir().resolve(phase);
		Process process = new ProcessBuilder("wrk", "-t", String.valueOf(threads), "-c", String.valueOf(o.clients()),
				"-d", seconds + "s", "--timeout", "30s", "-s", o.script().toString(), o.base() + "/api/requests", "--",
				bodies.toString(), o.apiKey(), keyPrefix, ids.toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		return new IntakeLoadWrk(process, output, ids, threads);
	}

	/** Whether wrk has ended within the given time. */
	boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
		return process.waitFor(timeout, unit);
	}

	/** What wrk saw, once it has ended. */
	Phase result() throws IOException, InterruptedException {
		int exit = process.waitFor();
		List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
		if (exit != 0) {
			throw new IllegalStateException("wrk ended with " + exit + ":\n" + String.join("\n", lines));
		}
		Map<String, Double> latency = new HashMap<>();
		Map<String, Long> totals = new HashMap<>();
		Map<String, Long> statuses = new TreeMap<>();
		TreeMap<Long, Long> perSecond = new TreeMap<>();
		Map<String, String> samples = new TreeMap<>();
		for (String line : lines) {
			String[] f = line.split(" ", 4);
			if (f.length < 4 || !f[0].equals("intake")) {
				continue;
			}
			switch (f[1]) {
				case "latency" -> latency.put(f[2], Double.parseDouble(f[3]));
				case "total" -> totals.put(f[2], Long.parseLong(f[3]));
				case "status" -> statuses.put(f[2], Long.parseLong(f[3]));
				case "error" -> {
					if (Long.parseLong(f[3]) > 0) {
						statuses.put(f[2], Long.parseLong(f[3]));
					}
				}
				case "second" -> perSecond.put(Long.parseLong(f[2]), Long.parseLong(f[3]));
				case "sample" -> samples.put(f[2], f[3]);
				default -> throw new IllegalStateException("unknown line from wrk: " + line);
			}
		}
		if (!totals.containsKey("duration")) {
			throw new IllegalStateException("no results from wrk:\n" + String.join("\n", lines));
		}
		long[] acknowledged = acknowledgedIds();
		long created = statuses.getOrDefault("201", 0L);
		if (acknowledged.length != created) {
			throw new IllegalStateException("wrk counted " + created + " 201s but wrote " + acknowledged.length + " ids");
		}
		return new Phase(totals.get("requests"), totals.get("duration") / 1e6, latency, statuses,
				wholeSeconds(perSecond), samples, acknowledged);
	}

	/** The ids of the 201s, from the threads' files. */
	private long[] acknowledgedIds() throws IOException {
		List<String> lines = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			lines.addAll(Files.readAllLines(ids.resolveSibling(ids.getFileName() + "-" + t + ".ids")));
		}
		return lines.stream().mapToLong(Long::parseLong).toArray();
	}

	/**
	 * The 201s of each wall-clock second, with 0 for a second without any, and without the first
	 * and the last second, which wrk ran only in part.
	 */
	private static long[] wholeSeconds(TreeMap<Long, Long> perSecond) {
		if (perSecond.size() < 3) {
			return perSecond.values().stream().mapToLong(Long::longValue).toArray();
		}
		long first = perSecond.firstKey() + 1;
		long[] counts = new long[(int) (perSecond.lastKey() - first)];
		for (int i = 0; i < counts.length; i++) {
			counts[i] = perSecond.getOrDefault(first + i, 0L);
		}
		return counts;
	}

	/**
	 * What one phase saw: completed requests, how long it ran, latency in µs by {@code p50},
	 * {@code p90}, {@code p99}, {@code p99.9}, {@code max} and {@code mean}, the count of each status
	 * and socket error, the 201s of every whole second, the first body of each other status, and the
	 * ids acknowledged with 201.
	 */
	record Phase(long requests, double seconds, Map<String, Double> latencyMicros, Map<String, Long> statuses,
			long[] createdPerSecond, Map<String, String> samples, long[] ids) {

		static final Phase NONE = new Phase(0, 0, Map.of(), Map.of(), new long[0], Map.of(), new long[0]);

		long created() {
			return statuses.getOrDefault("201", 0L);
		}

		double latencyMs(String what) {
			return latencyMicros.getOrDefault(what, Double.NaN) / 1000;
		}
	}
}
