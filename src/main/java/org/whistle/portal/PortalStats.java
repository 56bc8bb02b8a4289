package org.whistle.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.city.Area;
import org.whistle.city.City;
import org.whistle.workorder.WorkOrders;

/**
 * This month's requests for the public: how many were received, by top-level category and by
 * district, in the city's time zone. Counts only, never an order.
 */
@Service
public class PortalStats {

	private final WorkOrders orders;
	private final Catalog catalog;
	private final City city;
	private final Clock clock;

	PortalStats(WorkOrders orders, Catalog catalog, City city, Clock clock) {
		this.orders = orders;
		this.catalog = catalog;
		this.city = city;
		this.clock = clock;
	}

	/** One bar: a category or district (name {@code null}: none given or outside the city) and its count. */
	public record Count(String name, long count) {
	}

	public record Month(YearMonth month, long total, List<Count> byCategory, List<Count> byDistrict) {
	}

	public Month thisMonth() {
		YearMonth month = YearMonth.now(clock);
		LocalDate first = month.atDay(1);
		Instant from = first.atStartOfDay(clock.getZone()).toInstant();
		Instant to = first.plusMonths(1).atStartOfDay(clock.getZone()).toInstant();
		WorkOrders.ReceivedCounts counts = orders.received(from, to);
		return new Month(month, counts.total(), sorted(rolledUp(counts.byCategory(), this::topCategory)),
				sorted(rolledUp(counts.byDistrict(), code -> code == null ? null : city.area(code).map(Area::name)
					.orElse(null))));
	}

	private String topCategory(String code) {
		return code == null ? null : catalog.path(code).stream().findFirst().map(Category::name).orElse(null);
	}

	private static Map<String, Long> rolledUp(Map<String, Long> byCode, Function<String, String> name) {
		Map<String, Long> byName = new LinkedHashMap<>();
		byCode.forEach((code, n) -> byName.merge(name.apply(code), n, Long::sum));
		return byName;
	}

	/** Largest first; the unnamed rest last. */
	private static List<Count> sorted(Map<String, Long> byName) {
		return byName.entrySet().stream().map(e -> new Count(e.getKey(), e.getValue()))
			.sorted(Comparator.comparing((Count c) -> c.name() == null).thenComparing(Count::count, Comparator.reverseOrder())
				.thenComparing(Count::name, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}
}
