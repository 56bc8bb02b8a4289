package org.whistle.routing.repeat;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.whistle.Command;
import org.whistle.workorder.OrderSearch;
import org.whistle.workorder.WorkOrderView;
import org.whistle.workorder.WorkOrders;

/**
 * {@code repeats-reindex}: files every open order in the repeat index again, e.g. the orders of a
 * database that had them before routing was installed (the index is otherwise kept by
 * {@link OpenOrderFeed}). Reads the open orders newest first, a page at a time, each page older
 * than the last (keyed by the time of reception, so orders closing meanwhile skip nothing);
 * filing an order again replaces what was filed for it.
 */
@Component
class RepeatsReindexCommand implements Command {

	private static final int PAGE = 1000;

	private final WorkOrders orders;
	private final OpenOrders index;

	RepeatsReindexCommand(WorkOrders orders, OpenOrders index) {
		this.orders = orders;
		this.index = index;
	}

	@Override
	public String name() {
		return "repeats-reindex";
	}

	@Override
	public String summary() {
		return "files every open order in the repeat index again";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		long read = 0;
		long filed = 0;
		Instant before = null;
		Set<Long> readAtBefore = Set.of();
		while (true) {
			List<WorkOrderView> page = orders.search(new OrderSearch(null, null, true, null, before, true, 0, PAGE));
			Set<Long> done = readAtBefore;
			List<WorkOrderView> fresh = page.stream().filter(order -> !done.contains(order.id())).toList();
			List<OpenOrder> targets = fresh.stream().filter(OpenOrder::isRepeatTarget).map(OpenOrder::of).toList();
			index.putAll(targets);
			read += fresh.size();
			filed += targets.size();
			if (page.size() < PAGE) {
				break;
			}
			Instant oldest = page.get(page.size() - 1).request().receivedAt();
			if (oldest.equals(before)) {
				err.printf("more than %d open orders were received at %s; the rest of them are not filed%n", PAGE, oldest);
				return 1;
			}
			before = oldest;
			readAtBefore = page.stream().filter(order -> order.request().receivedAt().equals(oldest))
				.map(WorkOrderView::id).collect(Collectors.toSet());
		}
		out.printf("read %d open orders, filed %d in the repeat index (%d in it now)%n", read, filed, index.count());
		return 0;
	}
}
