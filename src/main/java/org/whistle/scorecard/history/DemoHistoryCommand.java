package org.whistle.scorecard.history;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.whistle.BulkLoad;
import org.whistle.Command;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.CatalogDemo;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.CityDemo;
import org.whistle.city.Units;
import org.whistle.people.PeopleDemo;
import org.whistle.scorecard.Level;
import org.whistle.scorecard.Period;
import org.whistle.scorecard.Publications;
import org.whistle.scorecard.ScorecardFacts;
import org.whistle.workorder.HistoricOrders;

/**
 * {@code demo-history --months 12 --orders-per-day 30000}: a year of finished orders in the demo
 * city, written in bulk (one transaction per day, several days at once) with their histories and
 * scorecard facts, so that the scorecard has something to rank. The months before the last are
 * published. It takes the trusted bulk path ({@link BulkLoad}): for an otherwise idle database.
 */
@Component
class DemoHistoryCommand implements Command {

	static final Path DEFAULT_TEXTS = Path.of("../shared/data/tipdm2020");

	/** The tables demo-history writes, whose secondary indexes and foreign keys wait for the end of the load. */
	static final List<String> LOADED_TABLES = List.of("work_order", "work_order_co_unit", "work_order_history",
			"scorecard_fact");

	private final HistoricOrders historicOrders;
	private final ScorecardFacts facts;
	private final Publications publications;
	private final City city;
	private final Units units;
	private final Catalog catalog;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final CityDemo cityDemo;
	private final CatalogDemo catalogDemo;
	private final PeopleDemo peopleDemo;
	private final DataSource dataSource;

	DemoHistoryCommand(HistoricOrders historicOrders, ScorecardFacts facts, Publications publications, City city,
			Units units, Catalog catalog, TransactionTemplate transactions, Clock clock, CityDemo cityDemo,
			CatalogDemo catalogDemo, PeopleDemo peopleDemo, DataSource dataSource) {
		this.historicOrders = historicOrders;
		this.facts = facts;
		this.publications = publications;
		this.city = city;
		this.units = units;
		this.catalog = catalog;
		this.transactions = transactions;
		this.clock = clock;
		this.cityDemo = cityDemo;
		this.catalogDemo = catalogDemo;
		this.peopleDemo = peopleDemo;
		this.dataSource = dataSource;
	}

	/**
	 * Each day is drawn and written (one transaction, COPY on PostgreSQL) by one of {@code writers}
	 * threads, so that drawing a day and writing others overlap on several connections.
	 */
	private long load(HistoryGenerator generator, YearMonth end, int months, int perDay, int writers, PrintStream out)
			throws InterruptedException, ExecutionException {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		long total = 0;
		try {
			for (YearMonth month = end.minusMonths(months - 1); !month.isAfter(end); month = month.plusMonths(1)) {
				long monthStarted = System.nanoTime();
				List<Future<Integer>> days = new ArrayList<>();
				for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
					LocalDate date = day;
					days.add(pool.submit(() -> write(generator.day(date, historicOrders.reserveIds(perDay)))));
				}
				long orders = 0;
				for (Future<Integer> day : days) {
					orders += day.get();
				}
				total += orders;
				double seconds = (System.nanoTime() - monthStarted) / 1e9;
				out.printf(Locale.ROOT, "%s: %,d orders in %.1f s (%,.0f orders/s)%n", month, orders, seconds,
						orders / seconds);
			}
		}
		finally {
			pool.shutdownNow();
		}
		return total;
	}

	private int write(HistoryGenerator.Day day) {
		transactions.executeWithoutResult(status -> {
			historicOrders.load(day.orders());
			facts.load(day.facts());
		});
		return day.orders().size();
	}

	@Override
	public String name() {
		return "demo-history";
	}

	@Override
	public String summary() {
		return "fills the database with months of realistic finished orders (bulk, COPY on PostgreSQL)";
	}

	@Override
	public String usage() {
		return "demo-history [--months 12] [--orders-per-day 30000] [--end 2026-10] [--texts <folder>] [--seed 1] "
				+ "[--publish yes|no] [--writers 2]";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		var options = Arguments.parse(args,
				Set.of("months", "orders-per-day", "end", "texts", "seed", "publish", "writers"));
		int months = options.number("months", 12, 1, 120);
		int perDay = options.number("orders-per-day", 30_000, 1, 1_000_000);
		YearMonth end = YearMonth.parse(options.get("end", YearMonth.now(clock).minusMonths(1).toString()));
		int seed = options.number("seed", 1, 0, Integer.MAX_VALUE);
		boolean publish = !options.get("publish", "yes").equalsIgnoreCase("no");
		String textsOption = options.get("texts", null);
		if (textsOption != null && !Files.isDirectory(Path.of(textsOption))) {
			throw new IllegalArgumentException("--texts is not a folder: " + textsOption);
		}
		// The demo city, its catalog and accounts (h-<unit> can then open the drill-down); each does
		// nothing when its data exists.
		cityDemo.generate();
		catalogDemo.generate();
		peopleDemo.generate();
		DemoTexts texts = DemoTexts.from(textsOption != null ? Path.of(textsOption)
				: Files.isDirectory(DEFAULT_TEXTS) ? DEFAULT_TEXTS : null);
		var generator = new HistoryGenerator(city.areas(AreaLevel.GRID).stream().map(Area::code).toList(),
				units.all(), catalog.categories().stream().filter(c -> c.level() == 3).map(c -> c.code()).toList(),
				texts, clock.getZone(), seed);
		out.printf(Locale.ROOT, "demo-history: %d months to %s, %d orders a day, texts from %s%n", months, end, perDay,
				texts.source());
		int writers = options.number("writers", 2, 1, 16);
		long started = System.nanoTime();
		long total = BulkLoad.run(dataSource, LOADED_TABLES, () -> load(generator, end, months, perDay, writers, out));
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf(Locale.ROOT, "total: %,d orders in %.1f s (%,.0f orders/s), indexes and foreign keys included%n",
				total, seconds, total / seconds);
		if (publish) {
			for (YearMonth month = end.minusMonths(months - 1); month.isBefore(end); month = month.plusMonths(1)) {
				for (Level level : List.of(Level.DISTRICT, Level.STREET)) {
					publications.publish(Period.month(month), level, null, "demo-history");
				}
			}
			out.printf(Locale.ROOT, "published %d months (district and street); %s stays live%n", months - 1, end);
		}
		return 0;
	}
}
