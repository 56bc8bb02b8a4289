package org.whistle.scorecard.history;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
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
 * city, written in bulk (one transaction per day) with their histories and scorecard facts, so
 * that the scorecard has something to rank. The months before the last are published.
 */
@Component
class DemoHistoryCommand implements Command {

	static final Path DEFAULT_TEXTS = Path.of("../shared/data/tipdm2020");

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

	DemoHistoryCommand(HistoricOrders historicOrders, ScorecardFacts facts, Publications publications, City city,
			Units units, Catalog catalog, TransactionTemplate transactions, Clock clock, CityDemo cityDemo,
			CatalogDemo catalogDemo, PeopleDemo peopleDemo) {
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
	}

	private CompletableFuture<HistoryGenerator.Day> draw(HistoryGenerator generator, LocalDate day, int perDay,
			ExecutorService drawing) {
		return CompletableFuture.supplyAsync(() -> generator.day(day, historicOrders.reserveIds(perDay)), drawing);
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
				+ "[--publish yes|no]";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
		var options = Arguments.parse(args,
				Set.of("months", "orders-per-day", "end", "texts", "seed", "publish"));
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
		long total = 0;
		long started = System.nanoTime();
		// One thread draws the next day while this one writes the current day.
		ExecutorService drawing = Executors.newSingleThreadExecutor();
		try {
			LocalDate first = end.minusMonths(months - 1).atDay(1);
			CompletableFuture<HistoryGenerator.Day> next = draw(generator, first, perDay, drawing);
			for (YearMonth month = YearMonth.from(first); !month.isAfter(end); month = month.plusMonths(1)) {
				long monthStarted = System.nanoTime();
				long orders = 0;
				for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
					HistoryGenerator.Day batch = next.join();
					if (day.isBefore(end.atEndOfMonth())) {
						next = draw(generator, day.plusDays(1), perDay, drawing);
					}
					transactions.executeWithoutResult(status -> {
						historicOrders.load(batch.orders());
						facts.load(batch.facts());
					});
					orders += batch.orders().size();
				}
				total += orders;
				double seconds = (System.nanoTime() - monthStarted) / 1e9;
				out.printf(Locale.ROOT, "%s: %,d orders in %.1f s (%,.0f orders/s)%n", month, orders, seconds,
						orders / seconds);
			}
		}
		finally {
			drawing.shutdownNow();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		out.printf(Locale.ROOT, "total: %,d orders in %.1f s (%,.0f orders/s)%n", total, seconds, total / seconds);
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
