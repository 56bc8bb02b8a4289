package org.whistle.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the machine and the server did during the measured phase: CPU time of the server, of the
 * driver (wrk and the JVM) and of the whole machine (from {@code /proc}, Linux only), and the
 * server's own metrics from {@code /actuator/prometheus}.
 */
final class IntakeLoadProbe {

	private static final double TICKS_PER_SECOND = 100.0;

	private IntakeLoadProbe() {
	}

	/**
	 * CPU seconds used so far: by the server, by the driver's child processes that have ended (wrk),
	 * by the driver's JVM itself, by the database's backends, by the machine (busy and all).
	 */
	record Cpu(double server, double wrk, double jvm, double database, double machineBusy, double machineTotal,
			long nanos) {

		/**
		 * @param serverPid the server's process, 0 if unknown
		 * @param databaseName the PostgreSQL database whose backends to count (their process title
		 *        names it), {@code null} for none
		 */
		static Cpu now(long serverPid, String databaseName) {
			double[] machine = machine();
			double[] self = process("self");
			return new Cpu(serverPid > 0 ? process(String.valueOf(serverPid))[0] : Double.NaN, self[1], self[0],
					databaseName == null ? Double.NaN : backends(databaseName), machine[0], machine[1], System.nanoTime());
		}

		/** Cores used between two readings, as a text such as {@code server 1.21, wrk 0.12, ...}. */
		String since(Cpu before) {
			double wall = (nanos - before.nanos) / 1e9;
			int cores = Runtime.getRuntime().availableProcessors();
			double busy = (machineBusy - before.machineBusy) / wall;
			double server = (this.server - before.server) / wall;
			double driver = (this.wrk - before.wrk) / wall;
			double jvm = (this.jvm - before.jvm) / wall;
			String drivers = "server %.2f, driver: wrk %.2f and JVM %.2f".formatted(server, driver, jvm);
			if (Double.isNaN(database)) {
				return "cores busy %.2f of %d: %s, rest (kernel, other processes) %.2f".formatted(busy, cores, drivers,
						busy - server - driver - jvm);
			}
			double db = (database - before.database) / wall;
			return "cores busy %.2f of %d: %s, PostgreSQL backends %.2f, rest (WAL writer, kernel, other processes) %.2f"
				.formatted(busy, cores, drivers, db, busy - server - driver - jvm - db);
		}

		/** CPU seconds of the processes whose title names the database (PostgreSQL's backends). */
		private static double backends(String databaseName) {
			double sum = 0;
			try (var processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
				for (Path dir : processes) {
					try {
						String title = new String(Files.readAllBytes(dir.resolve("cmdline")));
						if (title.startsWith("postgres: ") && title.contains(" " + databaseName + " ")) {
							double cpu = process(dir.getFileName().toString())[0];
							if (!Double.isNaN(cpu)) {
								sum += cpu;
							}
						}
					}
					catch (IOException e) {
						// gone meanwhile
					}
				}
			}
			catch (IOException e) {
				return Double.NaN;
			}
			return sum;
		}

		/** CPU seconds of a process, and of its children that it has waited for. */
		private static double[] process(String pid) {
			try {
				String stat = Files.readString(Path.of("/proc", pid, "stat"));
				String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
				return new double[] { (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND,
						(Long.parseLong(f[13]) + Long.parseLong(f[14])) / TICKS_PER_SECOND };
			}
			catch (IOException | RuntimeException e) {
				return new double[] { Double.NaN, Double.NaN };
			}
		}

		private static double[] machine() {
			try {
				String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
				long total = 0;
				for (int i = 1; i < Math.min(f.length, 9); i++) {
					total += Long.parseLong(f[i]);
				}
				long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
				return new double[] { (total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND };
			}
			catch (IOException | RuntimeException e) {
				return new double[] { Double.NaN, Double.NaN };
			}
		}
	}

	/** The 1-minute load average of the machine, from {@code /proc/loadavg}. */
	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException | RuntimeException e) {
			return "?";
		}
	}

	/** The samples of a Prometheus text page, by name with labels. */
	static Map<String, Double> scrape(HttpClient http, String base, String apiKey) {
		Map<String, Double> samples = new LinkedHashMap<>();
		try {
			HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
				.header("X-Api-Key", apiKey).timeout(Duration.ofSeconds(10)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				return samples;
			}
			for (String line : response.body().split("\n")) {
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				int space = line.lastIndexOf(' ');
				try {
					samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
				}
				catch (NumberFormatException e) {
					// not a sample
				}
			}
		}
		catch (IOException e) {
			// no metrics then
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return samples;
	}

	/** The sum of the samples whose name and labels contain all the given parts. */
	static double sum(Map<String, Double> samples, String... parts) {
		double sum = 0;
		boolean any = false;
		for (var sample : samples.entrySet()) {
			boolean all = true;
			for (String part : parts) {
				if (!sample.getKey().contains(part)) {
					all = false;
					break;
				}
			}
			if (all) {
				sum += sample.getValue();
				any = true;
			}
		}
		return any ? sum : Double.NaN;
	}

	/** The change of a counter between two scrapes. */
	static double delta(Map<String, Double> before, Map<String, Double> after, String... parts) {
		return sum(after, parts) - sum(before, parts);
	}
}
