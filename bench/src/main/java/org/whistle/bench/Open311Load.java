package org.whistle.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.HdrHistogram.Histogram;

/**
 * The Open311 read benchmark. Phase {@code load}: inserts a number of work orders (one million by
 * default) with JDBC batch inserts, spread over the last 365 days, into the database of a stopped
 * Whistle. Phase {@code measure}: {@code GET /open311/v2/requests.json} with a random 30-day period and one service code
 * from a fixed pool of client threads in a closed loop, latency in an HdrHistogram. The
 * scenarios: the busiest service (30 % of all orders, like heating in winter), a service drawn at
 * random from the level-3 categories, and the busiest service again with the server warmed up. Run by {@code bench/open311}; see {@code bench/README.md}.
 */
public final class Open311Load {

	private static final String HEATING = "010208";
	private static final double HEATING_SHARE = 0.3;
	private static final long FIRST_ID = 100_000_000L;
	private static final int BATCH = 2_000;
	private static final long MAX_MICROS = 60_000_000L;
	private static final Duration YEAR = Duration.ofDays(365);
	private static final Duration PERIOD = Duration.ofDays(30);

	private static final String[] CONTENTS = { "小区楼下的路灯坏了一个多星期，晚上出行很不安全，希望尽快修复。",
			"3号楼暖气一直不热，室温只有十五度，家里有老人，请供热单位尽快处理。",
			"路边的井盖松动，车辆经过时响声很大，存在安全隐患。", "楼道里堆放了大量杂物，影响消防通道，物业不管。",
			"夜间施工噪音扰民，已经持续一周，严重影响休息。" };
	private static final String[] STATUSES = { "DISPATCHED", "SIGNED", "REPLIED", "RECEIVED" };
	private static final String[] CHANNELS = { "PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "PHONE", "WEB",
			"WEB", "OPEN311" };

	private Open311Load() {
	}

	record Options(String phase, String base, String jdbc, String jdbcUser, String jdbcPassword, String database,
			long orders, int seconds, int warmup, int clients) {

		static Options parse(String[] args) {
			Map<String, String> given = new HashMap<>();
			for (int i = 0; i + 1 < args.length; i += 2) {
				given.put(args[i].replaceFirst("^--", ""), args[i + 1]);
			}
			return new Options(given.getOrDefault("phase", "measure"), given.get("base"), given.get("jdbc"), given.getOrDefault("jdbc-user", ""),
					given.getOrDefault("jdbc-password", ""), given.getOrDefault("database", "?"),
					Long.parseLong(given.getOrDefault("orders", "1000000")),
					Integer.parseInt(given.getOrDefault("seconds", "30")),
					Integer.parseInt(given.getOrDefault("warmup", "10")),
					Integer.parseInt(given.getOrDefault("clients", "4")));
		}
	}

	public static void main(String[] args) throws Exception {
		Options o = Options.parse(args);
		if (o.phase().equals("load")) {
			load(o);
		}
		else {
			measure(o);
		}
	}

	/** Loads the orders over JDBC with the server stopped, then updates the planner's statistics. */
	private static void load(Options o) throws SQLException {
		try (Connection db = connect(o)) {
			List<String> codes = strings(db, "SELECT code FROM catalog_category WHERE level = 3 AND active ORDER BY code");
			List<Long> units = strings(db, "SELECT id FROM unit ORDER BY id").stream().map(Long::valueOf).toList();
			long started = System.nanoTime();
			insert(db, o.orders(), codes, units, Instant.now().truncatedTo(ChronoUnit.SECONDS));
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("loaded %,d orders in %.0f s (%,.0f rows/s)%n", o.orders(), seconds, o.orders() / seconds);
			started = System.nanoTime();
			try (Statement s = db.createStatement()) {
				s.execute(o.jdbc().startsWith("jdbc:postgresql:") ? "ANALYZE work_order" : "ANALYZE");
			}
			System.out.printf("analyzed in %.0f s; work_order holds %,d rows%n", (System.nanoTime() - started) / 1e9,
					Long.parseLong(strings(db, "SELECT COUNT(*) FROM work_order").get(0)));
		}
	}

	/** Both scenarios over HTTP; the services are those that services.json lists. */
	private static void measure(Options o) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		String services = http.send(HttpRequest.newBuilder(URI.create(o.base() + "/open311/v2/services.json")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		List<String> codes = Pattern.compile("\"service_code\":\"([0-9]+)\"").matcher(services).results()
			.map(m -> m.group(1)).toList();
		Instant now = Instant.now();
		List<String> rows = new ArrayList<>();
		rows.add(measure(http, o, "busiest service (30 %)", () -> HEATING, now));
		rows.add(measure(http, o, "random service", () -> codes.get(ThreadLocalRandom.current().nextInt(codes.size())),
				now));
		rows.add(measure(http, o, "busiest service, second pass", () -> HEATING, now));
		System.out.println();
		System.out.println("| database | orders | scenario | clients | requests/s | p50 ms | p95 ms | p99 ms | max ms | rows per answer |");
		System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
		rows.forEach(row -> System.out.println("| " + o.database() + " | " + String.format("%,d", o.orders()) + " | " + row));
	}

	private static String measure(HttpClient http, Options o, String scenario, Supplier<String> service, Instant now)
			throws InterruptedException {
		Histogram histogram = new Histogram(MAX_MICROS, 3);
		LongAdder failures = new LongAdder();
		LongAdder rows = new LongAdder();
		long warmupEnd = System.nanoTime() + o.warmup() * 1_000_000_000L;
		long end = warmupEnd + o.seconds() * 1_000_000_000L;
		List<Thread> clients = new ArrayList<>();
		for (int c = 0; c < o.clients(); c++) {
			Thread client = new Thread(() -> {
				Histogram mine = new Histogram(MAX_MICROS, 3);
				while (System.nanoTime() < end) {
					long sentAt = System.nanoTime();
					try {
						HttpResponse<String> response = http.send(request(o, service.get(), now),
								HttpResponse.BodyHandlers.ofString());
						long micros = Math.min((System.nanoTime() - sentAt) / 1000, MAX_MICROS);
						if (sentAt >= warmupEnd) {
							mine.recordValue(micros);
							if (response.statusCode() != 200 || !response.body().startsWith("[")) {
								failures.increment();
							}
							else {
								rows.add(count(response.body(), "\"service_request_id\""));
							}
						}
					}
					catch (Exception e) {
						failures.increment();
					}
				}
				synchronized (histogram) {
					histogram.add(mine);
				}
			});
			client.start();
			clients.add(client);
		}
		for (Thread client : clients) {
			client.join();
		}
		long n = histogram.getTotalCount();
		System.out.printf("%n%s: %,d requests in %d s with %d clients, %d failed; p50 %.1f ms, p95 %.1f ms, "
				+ "p99 %.1f ms, max %.1f ms; %.0f rows per answer%n", scenario, n, o.seconds(), o.clients(),
				failures.sum(), ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(95)),
				ms(histogram.getValueAtPercentile(99)), ms(histogram.getMaxValue()), n == 0 ? 0.0 : rows.sum() / (double) n);
		if (failures.sum() > 0) {
			System.out.println("FAILURES: " + failures.sum());
		}
		return String.format("%s | %d | %.0f | %.1f | %.1f | %.1f | %.1f | %.0f |", scenario, o.clients(),
				n / (double) o.seconds(), ms(histogram.getValueAtPercentile(50)), ms(histogram.getValueAtPercentile(95)),
				ms(histogram.getValueAtPercentile(99)), ms(histogram.getMaxValue()), n == 0 ? 0.0 : rows.sum() / (double) n);
	}

	/** A random 30-day period within the last year, and one service. */
	private static HttpRequest request(Options o, String service, Instant now) {
		Instant start = now.minus(YEAR).plusSeconds(ThreadLocalRandom.current().nextLong(YEAR.minus(PERIOD).toSeconds()));
		String query = "service_code=" + service + "&start_date=" + encode(start.toString()) + "&end_date="
				+ encode(start.plus(PERIOD).toString());
		return HttpRequest.newBuilder(URI.create(o.base() + "/open311/v2/requests.json?" + query)).GET().build();
	}

	private static void insert(Connection db, long orders, List<String> codes, List<Long> units, Instant now)
			throws SQLException {
		db.setAutoCommit(false);
		Random random = new Random(311);
		String sql = "INSERT INTO work_order (id, order_no, version, channel, request_type, address, lat, lon, "
				+ "category_code, title, content, urgency, received_at, sign_limit_seconds, contact_limit_seconds, "
				+ "resolution_limit_seconds, status, closure, lead_unit_id, lead_named_by_centre, return_count, sign_by, "
				+ "contact_by, resolve_by, dispatched_at, replied_at, closed_at, reply_text, callback_attempts, "
				+ "reopen_count, supervised, overdue) VALUES (?, ?, 0, ?, 'COMPLAINT', ?, ?, ?, ?, ?, ?, 'NORMAL', ?, "
				+ "7200, 86400, 604800, ?, ?, ?, FALSE, 0, ?, ?, ?, ?, ?, ?, ?, 0, 0, FALSE, FALSE)";
		try (PreparedStatement insert = db.prepareStatement(sql)) {
			long lastReport = System.nanoTime();
			for (long i = 0; i < orders; i++) {
				long id = FIRST_ID + i;
				Instant received = now.minusSeconds(1 + (long) (random.nextDouble() * YEAR.toSeconds()));
				String code = random.nextDouble() < HEATING_SHARE ? HEATING : codes.get(random.nextInt(codes.size()));
				boolean old = received.isBefore(now.minus(Duration.ofDays(10)));
				String status = old && random.nextInt(10) < 9 ? "CLOSED" : STATUSES[random.nextInt(STATUSES.length)];
				boolean dispatched = !status.equals("RECEIVED");
				boolean replied = status.equals("REPLIED") || status.equals("CLOSED");
				Instant dispatchedAt = received.plusSeconds(60);
				int p = 1;
				insert.setLong(p++, id);
				insert.setString(p++, "B" + id);
				insert.setString(p++, CHANNELS[random.nextInt(CHANNELS.length)]);
				insert.setString(p++, "第" + (1 + random.nextInt(30)) + "号楼");
				insert.setDouble(p++, 39.8 + random.nextDouble() * 0.3);
				insert.setDouble(p++, 116.2 + random.nextDouble() * 0.4);
				insert.setString(p++, code);
				insert.setString(p++, "诉求 " + code);
				insert.setString(p++, CONTENTS[random.nextInt(CONTENTS.length)]);
				insert.setObject(p++, utc(received));
				insert.setString(p++, status);
				insert.setString(p++, status.equals("CLOSED") ? "SOLVED" : null);
				if (dispatched) {
					insert.setLong(p++, units.get(random.nextInt(units.size())));
				}
				else {
					insert.setNull(p++, Types.BIGINT);
				}
				insert.setObject(p++, dispatched ? utc(dispatchedAt.plusSeconds(7200)) : null);
				insert.setObject(p++, dispatched ? utc(dispatchedAt.plusSeconds(86400)) : null);
				insert.setObject(p++, dispatched ? utc(dispatchedAt.plus(Duration.ofDays(7))) : null);
				insert.setObject(p++, dispatched ? utc(dispatchedAt) : null);
				insert.setObject(p++, replied ? utc(dispatchedAt.plus(Duration.ofDays(2))) : null);
				insert.setObject(p++, status.equals("CLOSED") ? utc(dispatchedAt.plus(Duration.ofDays(3))) : null);
				insert.setString(p++, replied ? "已处理，问题已解决。" : null);
				insert.addBatch();
				if ((i + 1) % BATCH == 0 || i + 1 == orders) {
					insert.executeBatch();
					db.commit();
					if (System.nanoTime() - lastReport > 10_000_000_000L) {
						System.out.printf("  %,d orders loaded%n", i + 1);
						lastReport = System.nanoTime();
					}
				}
			}
		}
		db.setAutoCommit(true);
	}

	private static Connection connect(Options o) throws SQLException {
		String url = o.jdbc().startsWith("jdbc:postgresql:") ? o.jdbc() + "?reWriteBatchedInserts=true" : o.jdbc();
		return DriverManager.getConnection(url, o.jdbcUser(), o.jdbcPassword());
	}

	private static List<String> strings(Connection db, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				values.add(rs.getString(1));
			}
		}
		return values;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

	private static double ms(long micros) {
		return micros / 1000.0;
	}
}
