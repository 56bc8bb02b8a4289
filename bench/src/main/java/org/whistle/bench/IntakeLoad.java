package org.whistle.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

/**
 * The intake load driver: finds points in the city, writes request bodies to a file, and has
 * {@code wrk} (a C load generator, see {@link IntakeLoadWrk}) send {@code POST /api/requests} over
 * HTTP/1.1 keep-alive from a fixed number of connections in a closed loop (each sends its next
 * request as soon as the last one is answered, no pauses): a warm-up, then the measured phase,
 * while it watches the server's metrics and CPU. Afterwards it stops the server (kill -9: an
 * acknowledged order must be committed, not just buffered), checks over JDBC that every order
 * acknowledged with 201 is stored, and measures the raw insert rate of the same rows through plain
 * JDBC with as many threads as there were clients.
 * <p>
 * Run by {@code bench/intake}, which starts the server on a throw-away database; see
 * {@code bench/README.md}.
 */
public final class IntakeLoad {

	/** How many request bodies wrk cycles through. */
	private static final int BODIES = 20_000;

	private IntakeLoad() {
	}

	/** The command line: {@code --name value} pairs. */
	record Options(String base, String jdbcUrl, String jdbcUser, String jdbcPassword, String database, int seconds,
			int clients, int warmup, int rawSeconds, long serverPid, String apiKey, String adminKey, int points,
			Path script, Path workDir) {

		static Options parse(String[] args) {
			Map<String, String> given = new HashMap<>();
			for (int i = 0; i + 1 < args.length; i += 2) {
				if (!args[i].startsWith("--")) {
					throw new IllegalArgumentException("expected --name value, got " + args[i]);
				}
				given.put(args[i].substring(2), args[i + 1]);
			}
			if (args.length % 2 != 0) {
				throw new IllegalArgumentException("no value for " + args[args.length - 1]);
			}
			String base = required(given, "base");
			return new Options(base.endsWith("/") ? base.substring(0, base.length() - 1) : base,
					required(given, "jdbc"), given.getOrDefault("jdbc-user", ""), given.getOrDefault("jdbc-password", ""),
					given.getOrDefault("database", "?"), Integer.parseInt(given.getOrDefault("seconds", "60")),
					Integer.parseInt(given.getOrDefault("clients", "32")),
					Integer.parseInt(given.getOrDefault("warmup", "10")),
					Integer.parseInt(given.getOrDefault("raw-seconds", "10")),
					Long.parseLong(given.getOrDefault("server-pid", "0")),
					given.getOrDefault("api-key", "demo-operator"), given.getOrDefault("admin-key", "demo-admin"),
					Integer.parseInt(given.getOrDefault("points", "2000")), Path.of(required(given, "script")),
					Path.of(required(given, "work-dir")));
		}

		/** The PostgreSQL database of the JDBC URL, {@code null} for another database. */
		String postgresqlDatabase() {
			if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
				return null;
			}
			String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
			int query = path.indexOf('?');
			return query < 0 ? path : path.substring(0, query);
		}

		private static String required(Map<String, String> given, String name) {
			String value = given.get(name);
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("--" + name + " is required");
			}
			return value;
		}
	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.err.println("usage: IntakeLoad --base http://127.0.0.1:PORT --jdbc JDBC-URL --script intake.lua "
					+ "--work-dir DIR [--jdbc-user U] "
					+ "[--jdbc-password P] [--database h2|postgresql] [--seconds 60] [--clients 32] [--warmup 10] "
					+ "[--raw-seconds 10] [--server-pid PID] [--api-key demo-operator] [--admin-key demo-admin]");
			System.exit(2);
			return;
		}
		System.exit(run(options));
	}

	static int run(Options o) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
		System.out.printf("intake load: %s, %d clients (wrk -t %d -c %d), %d s warm-up + %d s measured, against %s%n",
				o.database(), o.clients(), IntakeLoadWrk.threads(o.clients()), o.clients(), o.warmup(), o.seconds(),
				o.base());
		Path bodies = bodies(points(http, o), o.workDir());
		String run = "bench-" + Long.toString(System.currentTimeMillis(), 36) + "-";

		System.out.printf("warm-up %d s ...%n", o.warmup());
		IntakeLoadWrk.Phase warmup = o.warmup() > 0
				? IntakeLoadWrk.start(o, bodies, "warmup", o.warmup(), run + "w").result() : IntakeLoadWrk.Phase.NONE;
		Map<String, Double> metricsBefore = IntakeLoadProbe.scrape(http, o.base(), o.adminKey());
		IntakeLoadDatabase database = new IntakeLoadDatabase(o.jdbcUrl(), o.jdbcUser(), o.jdbcPassword());
		Map<String, Long> activityBefore = database.activity();
		String loadBefore = IntakeLoadProbe.loadAverage();
		System.out.printf("measuring %d s ...%n", o.seconds());
		IntakeLoadProbe.Cpu cpuBefore = IntakeLoadProbe.Cpu.now(o.serverPid(), o.postgresqlDatabase());
		long started = System.nanoTime();
		IntakeLoadWrk wrk = IntakeLoadWrk.start(o, bodies, "measured", o.seconds(), run + "m");
		List<Double> pending = new ArrayList<>();
		List<Double> active = new ArrayList<>();
		List<Double> queued = new ArrayList<>();
		while (!wrk.waitFor(5, TimeUnit.SECONDS)) {
			if (System.nanoTime() - started < TimeUnit.SECONDS.toNanos(o.seconds() - 1)) {
				Map<String, Double> now = IntakeLoadProbe.scrape(http, o.base(), o.adminKey());
				pending.add(IntakeLoadProbe.sum(now, "hikaricp_connections_pending"));
				active.add(IntakeLoadProbe.sum(now, "hikaricp_connections_active"));
				queued.add(IntakeLoadProbe.sum(now, "executor_queued_tasks", "applicationTaskExecutor"));
			}
		}
		// wrk's CPU counts once it has ended: the JVM reaped it, so it is the JVM's children's CPU now.
		IntakeLoadProbe.Cpu cpuAfter = IntakeLoadProbe.Cpu.now(o.serverPid(), o.postgresqlDatabase());
		IntakeLoadWrk.Phase measured = wrk.result();
		Map<String, Double> metricsAfter = IntakeLoadProbe.scrape(http, o.base(), o.adminKey());
		Thread.sleep(1500); // PostgreSQL's backends report their counters at most once a second
		Map<String, Long> activityAfter = database.activity();

		long created = measured.created();
		double rate = created / measured.seconds();
		System.out.println();
		System.out.printf("requests/s   %.0f (201s in the measured %.1f s: %d)%n", rate, measured.seconds(), created);
		System.out.printf("latency ms   p50 %.1f  p90 %.1f  p99 %.1f  p99.9 %.1f  max %.1f  (mean %.1f, %d requests)%n",
				measured.latencyMs("p50"), measured.latencyMs("p90"), measured.latencyMs("p99"),
				measured.latencyMs("p99.9"), measured.latencyMs("max"), measured.latencyMs("mean"), measured.requests());
		System.out.printf("statuses     %s (warm-up: %s)%n", measured.statuses(), warmup.statuses());
		Map<String, String> samples = new TreeMap<>(warmup.samples());
		samples.putAll(measured.samples());
		samples.forEach((status, body) -> System.out.printf("  first %s: %s%n", status,
				body.length() > 300 ? body.substring(0, 300) + "..." : body));
		long[] perSecond = measured.createdPerSecond().clone();
		Arrays.sort(perSecond);
		if (perSecond.length > 0) {
			System.out.printf("per second   min %d, median %d, max %d 201s (%d whole seconds)%n", perSecond[0],
					perSecond[perSecond.length / 2], perSecond[perSecond.length - 1], perSecond.length);
		}
		System.out.println("cpu          " + cpuAfter.since(cpuBefore) + "; load average before " + loadBefore
				+ ", after " + IntakeLoadProbe.loadAverage());
		double wrkCpu = cpuAfter.wrk() - cpuBefore.wrk();
		System.out.printf("cpu per 201  server %.2f ms, driver: wrk %.3f ms (%.3f ms per request) and JVM %.3f ms%s%n",
				1000 * (cpuAfter.server() - cpuBefore.server()) / created, 1000 * wrkCpu / created,
				1000 * wrkCpu / measured.requests(), 1000 * (cpuAfter.jvm() - cpuBefore.jvm()) / created,
				Double.isNaN(cpuAfter.database()) ? ""
						: ", PostgreSQL backends %.2f ms".formatted(1000 * (cpuAfter.database() - cpuBefore.database()) / created));
		serverView(metricsBefore, metricsAfter, created, pending, active, queued);
		databaseView(activityBefore, activityAfter);
		drain(http, o, created, measured.seconds());

		// The server is stopped before the database is read: H2 keeps its file to itself, and
		// the raw inserts should not share the two cores with a server that is idle only in name.
		stopServer(o.serverPid());
		long[] ids = LongStream.concat(LongStream.of(warmup.ids()), LongStream.of(measured.ids())).toArray();
		IntakeLoadDatabase.Check check = database.check(ids);
		long lost = check.acknowledged() - check.stored();
		System.out.printf("%nacknowledged=%d stored=%d lost=%d (work_order holds %d rows)%n", check.acknowledged(),
				check.stored(), lost, check.rowsInTable());
		if (lost > 0) {
			System.out.println("LOST, e.g. ids " + check.missing());
		}

		System.out.printf("%nraw JDBC: %d threads, %d s, NEXTVAL + INSERT work_order + INSERT work_order_history + COMMIT ...%n",
				o.clients(), o.rawSeconds());
		IntakeLoadDatabase.Raw raw = database.rawInserts(o.clients(), o.rawSeconds());
		double ratio = raw.rowsPerSecond() / rate;
		System.out.printf("raw rows/s   %.0f (%d rows, %d errors%s), latency ms p50 %.1f p99 %.1f; raw/app %.1f%n",
				raw.rowsPerSecond(), raw.rows(), raw.errors(), raw.firstError() == null ? "" : ": " + raw.firstError(),
				ms(raw.latencyMicros().getValueAtPercentile(50)), ms(raw.latencyMicros().getValueAtPercentile(99)),
				ratio);

		double p99 = measured.latencyMs("p99");
		System.out.printf("%ngoal ≥ 1,000 requests/s: %s; p99 < 50 ms: %s; nothing lost: %s%n",
				rate >= 1000 ? "met" : "NOT met", p99 < 50 ? "met" : "NOT met", lost == 0 ? "met" : "NOT met");
		System.out.println();
		System.out.println("| date | database | seconds | clients | req/s | p50 ms | p99 ms | p99.9 ms | raw JDBC rows/s | raw/app | acknowledged/stored |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		System.out.printf("| %s | %s | %d | %d | %.0f | %.1f | %.1f | %.1f | %.0f | %.1f | %d/%d |%n", LocalDate.now(),
				o.database(), o.seconds(), o.clients(), rate, measured.latencyMs("p50"), p99, measured.latencyMs("p99.9"),
				raw.rowsPerSecond(), ratio, check.acknowledged(), check.stored());
		return lost == 0 && check.acknowledged() > 0 ? 0 : 1;
	}

	/** A file of {@link #BODIES} request bodies, one JSON a line, for wrk to send. */
	private static Path bodies(IntakeLoadRequests requests, Path workDir) throws IOException {
		List<String> lines = new ArrayList<>(BODIES);
		for (int i = 0; i < BODIES; i++) {
			lines.add(requests.next());
		}
		return Files.write(workDir.resolve("bodies.jsonl"), lines, StandardCharsets.UTF_8);
	}

	/** Points known to lie in the city: random ones of its bounding box that {@code /api/city/locate} finds. */
	private static IntakeLoadRequests points(HttpClient http, Options o) throws Exception {
		Random random = new Random(12345);
		double[] lats = new double[o.points()];
		double[] lons = new double[o.points()];
		int found = 0;
		int tried = 0;
		while (found < lats.length && tried < lats.length * 5) {
			tried++;
			double lat = 39.82 + 0.26 * random.nextDouble();
			double lon = 116.22 + 0.36 * random.nextDouble();
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(
					o.base() + "/api/city/locate?lat=" + lat + "&lon=" + lon))
				.header("X-Api-Key", o.apiKey()).timeout(Duration.ofSeconds(10)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			if (response.statusCode() == 200) {
				lats[found] = lat;
				lons[found] = lon;
				found++;
			}
			else if (response.statusCode() != 404) {
				throw new IllegalStateException("GET /api/city/locate answered " + response.statusCode());
			}
		}
		if (found == 0) {
			throw new IllegalStateException("no point of the bounding box lies in the city");
		}
		System.out.printf("%d points inside the city (of %d tried)%n", found, tried);
		return new IntakeLoadRequests(Arrays.copyOf(lats, found), Arrays.copyOf(lons, found));
	}

	/** The server's view of the measured phase, from its metrics. */
	private static void serverView(Map<String, Double> before, Map<String, Double> after, long created,
			List<Double> pending, List<Double> active, List<Double> queued) {
		if (before.isEmpty() || after.isEmpty()) {
			System.out.println("server       (no metrics from /actuator/prometheus)");
			return;
		}
		String post = "uri=\"/api/requests\"";
		double count = IntakeLoadProbe.delta(before, after, "http_server_requests_seconds_count", post, "status=\"201\"");
		double sum = IntakeLoadProbe.delta(before, after, "http_server_requests_seconds_sum", post, "status=\"201\"");
		double acquireCount = IntakeLoadProbe.delta(before, after, "hikaricp_connections_acquire_seconds_count");
		double acquireSum = IntakeLoadProbe.delta(before, after, "hikaricp_connections_acquire_seconds_sum");
		double usageCount = IntakeLoadProbe.delta(before, after, "hikaricp_connections_usage_seconds_count");
		double usageSum = IntakeLoadProbe.delta(before, after, "hikaricp_connections_usage_seconds_sum");
		double gc = IntakeLoadProbe.delta(before, after, "jvm_gc_pause_seconds_sum");
		double logLines = IntakeLoadProbe.delta(before, after, "logback_events_total");
		double tasks = IntakeLoadProbe.delta(before, after, "executor_completed_tasks_total", "applicationTaskExecutor");
		System.out.printf("server       mean %.1f ms in the server per 201 (%,.0f), the rest is queueing in the "
				+ "client/kernel%n", 1000 * sum / count, count);
		System.out.printf("  hikari     %.1f connection checkouts per 201, mean wait %.2f ms, mean held %.2f ms; "
				+ "pending %s, active %s (every 5 s)%n", acquireCount / created, 1000 * acquireSum / acquireCount,
				1000 * usageSum / usageCount, compact(pending), compact(active));
		System.out.printf("  async      %.2f listener tasks per 201; queued %s (every 5 s)%n", tasks / created,
				compact(queued));
		System.out.printf("  logging    %.2f log events per 201; GC pauses %.2f s in total%n", logLines / created, gc);
	}

	/**
	 * Waits (up to 3 minutes) until the server's async listeners (notifications to callers, run
	 * after the commit on {@code applicationTaskExecutor}) have caught up, and prints the rate that
	 * includes that deferred work.
	 */
	private static void drain(HttpClient http, Options o, long created, double measuredSeconds) throws InterruptedException {
		long from = System.nanoTime();
		double queued = Double.NaN;
		double first = Double.NaN;
		while (System.nanoTime() - from < TimeUnit.MINUTES.toNanos(3)) {
			Map<String, Double> now = IntakeLoadProbe.scrape(http, o.base(), o.adminKey());
			queued = IntakeLoadProbe.sum(now, "executor_queued_tasks", "applicationTaskExecutor");
			double active = IntakeLoadProbe.sum(now, "executor_active_threads", "applicationTaskExecutor");
			if (Double.isNaN(first)) {
				first = queued;
			}
			if (Double.isNaN(queued) || queued + active == 0) {
				break;
			}
			Thread.sleep(500);
		}
		if (Double.isNaN(queued)) {
			return;
		}
		double seconds = (System.nanoTime() - from) / 1e9;
		if (queued > 0) {
			System.out.printf("async        %.0f listener tasks were queued when the load stopped, %.0f still after %.0f s%n",
					first, queued, seconds);
		}
		else {
			System.out.printf("async        %.0f listener tasks were queued when the load stopped, done %.1f s later: "
					+ "%.0f orders/s with their notifications%n", first, seconds, created / (measuredSeconds + seconds));
		}
	}

	/** What the database did per order stored during the measured phase (PostgreSQL only). */
	private static void databaseView(Map<String, Long> before, Map<String, Long> after) {
		if (before.isEmpty() || after.isEmpty()) {
			return;
		}
		double orders = after.getOrDefault("work_order inserts", 0L) - before.getOrDefault("work_order inserts", 0L);
		if (orders <= 0) {
			return;
		}
		StringBuilder line = new StringBuilder("database     per order inserted (" + (long) orders + "):");
		for (var counter : after.entrySet()) {
			double change = counter.getValue() - before.getOrDefault(counter.getKey(), 0L);
			if (change > 0 && !counter.getKey().equals("work_order inserts")) {
				line.append(String.format(" %s %.2f,", counter.getKey(), change / orders));
			}
		}
		line.setLength(line.length() - 1);
		System.out.println(line);
	}

	private static String compact(List<Double> values) {
		return values.stream().map(v -> v.isNaN() ? "?" : String.valueOf(Math.round(v))).toList().toString();
	}

	/** Kills the server (SIGKILL) and waits until it is gone. */
	private static void stopServer(long pid) throws Exception {
		if (pid <= 0) {
			return;
		}
		var process = ProcessHandle.of(pid);
		if (process.isEmpty()) {
			return;
		}
		process.get().destroyForcibly();
		process.get().onExit().get(30, TimeUnit.SECONDS);
		System.out.printf("%nserver %d killed (SIGKILL) before the check%n", pid);
	}

	private static double ms(long micros) {
		return micros / 1000.0;
	}
}
