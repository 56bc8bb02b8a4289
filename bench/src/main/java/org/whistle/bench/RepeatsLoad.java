package org.whistle.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.HdrHistogram.Histogram;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whistle.WhistleApplication;
import org.whistle.city.CityDemo;
import org.whistle.routing.Repeat;
import org.whistle.routing.repeat.OpenOrder;
import org.whistle.routing.repeat.OpenOrders;
import org.whistle.routing.repeat.RepeatFinder;

/**
 * The repeat lookup with a million open orders: fills the repeat index of a throw-away database
 * (through the application's own {@link OpenOrders}) with orders spread over the demo city as
 * requests are (70 % around 300 hotspots, σ 400 m; the rest anywhere; 100 categories with Zipf
 * frequencies, so the most common holds a fifth; received over the last 45 days), then times
 * {@link RepeatFinder#find} for requests drawn the same way, in one thread.
 * <pre>RepeatsLoad --jdbc URL [--user U --password P] [--orders 1000000] [--lookups 10000]</pre>
 */
public final class RepeatsLoad {

	static final int CATEGORIES = 100;
	static final int HOTSPOTS = 300;
	static final int BATCH = 5_000;
	static final int WARMUP = 2_000;

	static final String[] PROBLEMS = { "暖气不热，室温只有十五度", "楼道灯坏了一个月没人修", "楼下餐馆油烟太大熏得不敢开窗",
			"小区门口有人占道经营卖水果", "夜里施工噪音太大睡不着觉", "路面塌陷出现一个大坑", "井盖丢了很危险", "垃圾堆了好几天没人清运",
			"自来水发黄有异味", "电梯经常困人物业不管", "共享单车乱停堵住了消防通道", "树枝挡住了路灯", "下水道堵了污水外溢",
			"停车位被僵尸车占了", "广场舞音响声音太大", "物业费乱涨价", "屋顶漏水家里墙面发霉", "公交站牌损坏", "路边违章停车严重",
			"燃气表走字异常" };

	private final Random random = new Random(42);
	private final double[][] hotspots = new double[HOTSPOTS][];
	private final double[] zipf = new double[CATEGORIES];
	private final Instant now;

	RepeatsLoad(Instant now) {
		this.now = now;
		for (int i = 0; i < HOTSPOTS; i++) {
			hotspots[i] = uniformPoint();
		}
		double sum = 0;
		for (int i = 0; i < CATEGORIES; i++) {
			sum += 1.0 / (i + 1);
			zipf[i] = sum;
		}
		for (int i = 0; i < CATEGORIES; i++) {
			zipf[i] /= sum;
		}
	}

	public static void main(String[] args) throws Exception {
		String jdbc = option(args, "--jdbc", null);
		int orders = Integer.parseInt(option(args, "--orders", "1000000"));
		int lookups = Integer.parseInt(option(args, "--lookups", "10000"));
		var application = new SpringApplicationBuilder(WhistleApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.build();
		// as arguments, so that they win over application.yml
		try (ConfigurableApplicationContext context = application.run("--spring.datasource.url=" + jdbc,
				"--spring.datasource.username=" + option(args, "--user", ""),
				"--spring.datasource.password=" + option(args, "--password", ""), "--whistle.demo.enabled=false")) {
			new RepeatsLoad(context.getBean(Clock.class).instant()).run(context, orders, lookups);
		}
	}

	void run(ConfigurableApplicationContext context, int orders, int lookups) {
		OpenOrders index = context.getBean(OpenOrders.class);
		RepeatFinder finder = context.getBean(RepeatFinder.class);
		long started = System.nanoTime();
		List<OpenOrder> batch = new ArrayList<>(BATCH);
		for (int id = 1; id <= orders; id++) {
			double[] point = point();
			batch.add(new OpenOrder(id, String.format("B%010d", id), category(), point[0], point[1],
					now.minus(Duration.ofMinutes(random.nextInt(45 * 24 * 60))), "诉求 " + id, text()));
			if (batch.size() == BATCH || id == orders) {
				index.putAll(batch);
				batch.clear();
			}
		}
		context.getBean(JdbcClient.class).sql("ANALYZE").update();
		System.out.printf("filed %,d open orders in %.1f s (index holds %,d)%n", orders,
				(System.nanoTime() - started) / 1e9, index.count());

		Histogram latency = new Histogram(60_000_000_000L, 3);
		long found = 0;
		for (int i = 0; i < WARMUP + lookups; i++) {
			double[] point = point();
			String category = category();
			String text = text();
			long start = System.nanoTime();
			List<Repeat> repeats = finder.find(category, point[0], point[1], text, null, now);
			long took = System.nanoTime() - start;
			if (i >= WARMUP) {
				latency.recordValue(took);
				found += repeats.size();
			}
		}
		System.out.printf("%,d lookups (after %,d warm-up): p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  "
				+ "mean %.2f ms; %.2f repeats found per lookup%n", lookups, WARMUP, ms(latency.getValueAtPercentile(50)),
				ms(latency.getValueAtPercentile(95)), ms(latency.getValueAtPercentile(99)), ms(latency.getMaxValue()),
				latency.getMean() / 1e6, (double) found / lookups);
	}

	private double[] point() {
		if (random.nextDouble() < 0.7) {
			double[] hotspot = hotspots[random.nextInt(HOTSPOTS)];
			double metres = 400;
			return new double[] { hotspot[0] + random.nextGaussian() * metres / 111_320,
					hotspot[1] + random.nextGaussian() * metres / 85_000 };
		}
		return uniformPoint();
	}

	private double[] uniformPoint() {
		return new double[] { CityDemo.SOUTH + random.nextDouble() * (CityDemo.NORTH - CityDemo.SOUTH),
				CityDemo.WEST + random.nextDouble() * (CityDemo.EAST - CityDemo.WEST) };
	}

	private String category() {
		double u = random.nextDouble();
		for (int i = 0; i < CATEGORIES; i++) {
			if (u <= zipf[i]) {
				return String.format("%06d", 100_000 + i);
			}
		}
		return String.format("%06d", 100_000 + CATEGORIES - 1);
	}

	private String text() {
		return (1 + random.nextInt(30)) + "号楼" + PROBLEMS[random.nextInt(PROBLEMS.length)] + "，"
				+ PROBLEMS[random.nextInt(PROBLEMS.length)] + "，希望尽快处理。";
	}

	private static double ms(long nanos) {
		return nanos / 1e6;
	}

	private static String option(String[] args, String name, String otherwise) {
		for (int i = 0; i + 1 < args.length; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		if (otherwise == null) {
			throw new IllegalArgumentException(name + " is required");
		}
		return otherwise;
	}
}
