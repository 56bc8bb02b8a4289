package org.whistle.scorecard.history;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.scorecard.Fact;
import org.whistle.workorder.Channel;
import org.whistle.workorder.Closure;
import org.whistle.workorder.Deadlines;
import org.whistle.workorder.HistoricOrder;
import org.whistle.workorder.HistoryEntry;
import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.TimeLimits;
import org.whistle.workorder.WorkOrderView;

/**
 * One day of realistic, finished orders: places from the demo city's grids, lead units chosen as
 * the responsibility catalog would (mostly the street office of the place, else a department or
 * a company), each unit late, solving and satisfying by its own habits. Each order comes with
 * its history, exactly as the steps of the loop would have written it, and its scorecard fact.
 * Days may be drawn on several threads at once: each day has its own random numbers.
 */
final class HistoryGenerator {

	record Day(List<HistoricOrder> orders, List<Fact> facts) {
	}

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
	private static final TimeLimits NORMAL = new TimeLimits(Duration.ofHours(2), Duration.ofHours(24),
			Duration.ofDays(7), "demo-history");
	private static final TimeLimits URGENT = new TimeLimits(Duration.ofHours(1), Duration.ofHours(2),
			Duration.ofHours(24), "demo-history");
	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴" };
	private static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "军" };

	private final List<String> grids;
	private final Map<String, Unit> streetUnits;
	private final List<Unit> departments;
	private final List<Unit> companies;
	private final List<String> categories;
	private final DemoTexts texts;
	private final ZoneId zone;
	private final long seed;
	private final Map<Long, UnitHabits> habits = new ConcurrentHashMap<>();

	HistoryGenerator(List<String> grids, List<Unit> units, List<String> categories, DemoTexts texts, ZoneId zone,
			long seed) {
		this.grids = List.copyOf(grids);
		this.streetUnits = new HashMap<>();
		units.stream().filter(u -> u.kind() == UnitKind.STREET && u.areaCode() != null)
			.forEach(u -> streetUnits.put(u.areaCode(), u));
		this.departments = units.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT).toList();
		this.companies = units.stream().filter(u -> u.kind() == UnitKind.COMPANY).toList();
		this.categories = List.copyOf(categories);
		this.texts = texts;
		this.zone = zone;
		this.seed = seed;
		if (grids.isEmpty() || streetUnits.isEmpty() || categories.isEmpty()) {
			throw new IllegalStateException("The city needs grids, street offices and categories: start Whistle once "
					+ "in demo mode (or import them) before demo-history");
		}
	}

	Day day(LocalDate date, List<Long> ids) {
		var random = new SplittableRandom(seed * 1_000_003L + date.toEpochDay());
		Instant start = date.atStartOfDay(zone).toInstant();
		List<HistoricOrder> orders = new ArrayList<>(ids.size());
		List<Fact> facts = new ArrayList<>(ids.size());
		for (int i = 0; i < ids.size(); i++) {
			Instant received = start.plusSeconds((long) i * 86_400 / ids.size() + random.nextInt(86_400 / ids.size() + 1));
			new Story(ids.get(i), date, received, random).write(orders, facts);
		}
		return new Day(orders, facts);
	}

	/** One order's life, drawn step by step. */
	private final class Story {

		private final long id;
		private final String orderNo;
		private final SplittableRandom random;
		private final OrderRequest request;
		private final TimeLimits limits;
		private final Unit lead;
		private final UnitHabits habit;
		private final List<HistoryEntry> history = new ArrayList<>(12);
		private final String handler;

		Story(long id, LocalDate date, Instant received, SplittableRandom random) {
			this.id = id;
			this.orderNo = date.format(DAY) + String.format("%07d", id);
			this.random = random;
			String grid = grids.get(random.nextInt(grids.size()));
			String street = grid.substring(0, 9);
			boolean urgent = random.nextDouble() < 0.05;
			this.limits = urgent ? URGENT : NORMAL;
			double who = random.nextDouble();
			Unit unit = who < 0.2 && !departments.isEmpty() ? departments.get(random.nextInt(departments.size()))
					: who < 0.3 && !companies.isEmpty() ? companies.get(random.nextInt(companies.size())) : null;
			this.lead = unit != null ? unit : streetUnits.getOrDefault(street, streetUnits.values().iterator().next());
			this.habit = habits.computeIfAbsent(lead.id(), unitId -> UnitHabits.of(unitId, seed));
			this.handler = lead.name() + "承办人";
			String[] text = texts.pick(random);
			var place = new OrderRequest.Place(text[0].length() > 20 ? text[0].substring(0, 20) : text[0], null, null,
					grid, grid.substring(0, 12), street, grid.substring(0, 6));
			this.request = new OrderRequest(channel(), type(), SURNAMES[random.nextInt(SURNAMES.length)]
					+ GIVEN[random.nextInt(GIVEN.length)], "1" + (3_000_000_000L + random.nextLong(6_999_999_999L)), null,
					place, categories.get(random.nextInt(categories.size())), text[0], text[1],
					urgent ? Urgency.URGENT : Urgency.NORMAL, received);
		}

		void write(List<HistoricOrder> orders, List<Fact> facts) {
			Instant received = request.receivedAt();
			record(received, null, "system", null, "register", null, OrderStatus.RECEIVED, request.channel().name());
			Instant dispatched = received.plusSeconds(30 + random.nextInt(570));
			Deadlines deadlines = new Deadlines(dispatched.plus(limits.signFor()), dispatched.plus(limits.contact()),
					dispatched.plus(limits.resolution()));
			record(dispatched, null, "system", null, "dispatch", OrderStatus.RECEIVED, OrderStatus.DISPATCHED, "派单目录");

			Instant signed = step(dispatched, deadlines.signBy(), habit.signLate());
			Instant contacted = step(signed, deadlines.contactBy(), habit.contactLate());
			Instant replied = step(contacted, deadlines.resolveBy(), habit.replyLate());
			boolean signedOnTime = !signed.isAfter(deadlines.signBy());
			boolean contactedOnTime = !contacted.isAfter(deadlines.contactBy());
			boolean repliedOnTime = !replied.isAfter(deadlines.resolveBy());
			boolean overdue = !signedOnTime || !contactedOnTime || !repliedOnTime;
			unitSteps(signed, contacted, replied, overdue ? firstMissed(deadlines, signed, contacted, replied) : null);

			Instant callback = replied.plusSeconds(7_200 + random.nextInt(172_800));
			Outcome outcome = callback(callback, deadlines);
			WorkOrderView view = new WorkOrderView(id, orderNo, history.size(), request, limits, outcome.status,
					outcome.closure, lead.id(), null, java.util.Set.of(), Map.of(), false, 0, null, null, null,
					outcome.deadlines, dispatched, outcome.signed, outcome.contacted, outcome.replied, outcome.closed,
					outcome.solved, outcome.replied == null ? null : "已办理，详见回复。", outcome.attempts, outcome.reopens,
					outcome.satisfaction, overdue, overdue && outcome.reopens == 0, null);
			orders.add(new HistoricOrder(view, history));
			facts.add(new Fact(id, orderNo, received, request.categoryCode(), request.place().districtCode(),
					request.place().streetCode(), lead.id(), lead.kind().name(), dispatched, deadlines.signBy(), signed,
					deadlines.contactBy(), contacted, deadlines.resolveBy(), replied, signedOnTime, contactedOnTime,
					repliedOnTime, overdue, outcome.reopens, outcome.satisfaction != null,
					Boolean.TRUE.equals(outcome.solved) && outcome.satisfaction != null,
					outcome.satisfaction == null ? null : outcome.satisfaction.name(), false));
		}

		private record Outcome(OrderStatus status, Closure closure, Deadlines deadlines, Instant signed,
				Instant contacted, Instant replied, Instant closed, Boolean solved, int attempts, int reopens,
				Satisfaction satisfaction) {
		}

		/** 回访: unreached three times closes unverified; solved closes; not solved reopens for a second round. */
		private Outcome callback(Instant at, Deadlines deadlines) {
			if (random.nextDouble() < UnitHabits.unreached()) {
				for (int attempt = 1; attempt <= 3; attempt++) {
					record(at.plusSeconds(3_600L * (attempt - 1)), 9L, "回访员", null, "callback-unreached",
							OrderStatus.REPLIED, OrderStatus.REPLIED, "#" + attempt);
				}
				Instant closed = at.plusSeconds(7_200);
				record(closed, null, "system", null, "close", OrderStatus.REPLIED, OrderStatus.CLOSED, null);
				return new Outcome(OrderStatus.CLOSED, Closure.NOT_VERIFIED, deadlines, null, null, null, closed, true, 3,
						0, null);
			}
			boolean solved = random.nextDouble() < habit.solved();
			Satisfaction verdict = verdict(solved);
			if (solved) {
				return solvedAt(at, deadlines, verdict, 0, null, null, null);
			}
			record(at, 9L, "回访员", null, "reopen", OrderStatus.REPLIED, OrderStatus.DISPATCHED, verdict.name());
			Deadlines again = new Deadlines(deadlines.signBy(), deadlines.contactBy(), at.plus(limits.resolution()));
			Instant signed = at.plusSeconds(600 + random.nextInt(6_600));
			Instant contacted = signed.plusSeconds(600 + random.nextInt(7_200));
			Instant replied = contacted.plusSeconds(3_600 + random.nextInt(345_600));
			unitSteps(signed, contacted, replied, null);
			Instant second = replied.plusSeconds(7_200 + random.nextInt(86_400));
			if (random.nextDouble() < 0.6) {
				return solvedAt(second, again, verdict(true), 1, signed, contacted, replied);
			}
			Satisfaction still = verdict(false);
			record(second, 9L, "回访员", null, "reopen", OrderStatus.REPLIED, OrderStatus.DISPATCHED, still.name());
			return new Outcome(OrderStatus.DISPATCHED, null,
					new Deadlines(deadlines.signBy(), deadlines.contactBy(), second.plus(limits.resolution())), null, null,
					null, null, false, 0, 2, still);
		}

		private Outcome solvedAt(Instant at, Deadlines deadlines, Satisfaction verdict, int reopens, Instant signed,
				Instant contacted, Instant replied) {
			record(at, 9L, "回访员", null, "callback", OrderStatus.REPLIED, OrderStatus.CALLED_BACK, verdict.name());
			record(at, null, "system", null, "close", OrderStatus.CALLED_BACK, OrderStatus.CLOSED, null);
			Instant lastSigned = signed != null ? signed : historyTime("sign");
			Instant lastContacted = contacted != null ? contacted : historyTime("contact");
			Instant lastReplied = replied != null ? replied : historyTime("reply");
			return new Outcome(OrderStatus.CLOSED, Closure.SOLVED, deadlines, lastSigned, lastContacted, lastReplied, at,
					true, 1, reopens, verdict);
		}

		private Instant historyTime(String action) {
			for (HistoryEntry entry : history) {
				if (entry.action().equals(action)) {
					return entry.at();
				}
			}
			return null;
		}

		private Satisfaction verdict(boolean solved) {
			double r = random.nextDouble();
			if (solved) {
				return r < habit.satisfiedWhenSolved() ? Satisfaction.SATISFIED
						: r < habit.satisfiedWhenSolved() + 0.7 * (1 - habit.satisfiedWhenSolved())
								? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
			}
			return r < 0.2 ? Satisfaction.BASICALLY_SATISFIED : Satisfaction.DISSATISFIED;
		}

		/** The next step: in time (before its deadline) or, by the unit's habit, late. */
		private Instant step(Instant after, Instant due, double lateChance) {
			long room = Duration.between(after, due).getSeconds();
			if (room <= 60 || random.nextDouble() < lateChance) {
				Instant late = due.plusSeconds(600 + random.nextInt(86_400));
				return late.isAfter(after) ? late : after.plusSeconds(600 + random.nextInt(3_600));
			}
			return after.plusSeconds(60 + random.nextLong(Math.max(1, room * 9 / 10 - 60)));
		}

		private void unitSteps(Instant signed, Instant contacted, Instant replied, String missed) {
			record(signed, null, handler, lead.id(), "sign", OrderStatus.DISPATCHED, OrderStatus.SIGNED, null);
			if (missed != null) {
				record(signed, null, "system", null, "overdue", OrderStatus.SIGNED, OrderStatus.SIGNED, missed);
			}
			record(contacted, null, handler, lead.id(), "contact", OrderStatus.SIGNED, OrderStatus.SIGNED, "已电话联系");
			record(replied, null, handler, lead.id(), "reply", OrderStatus.SIGNED, OrderStatus.REPLIED, "已办理");
		}

		private String firstMissed(Deadlines deadlines, Instant signed, Instant contacted, Instant replied) {
			return signed.isAfter(deadlines.signBy()) ? "SIGN" : contacted.isAfter(deadlines.contactBy()) ? "CONTACT"
					: "RESOLVE";
		}

		private void record(Instant at, Long actorId, String actor, Long unit, String action, OrderStatus from,
				OrderStatus to, String note) {
			history.add(new HistoryEntry(at, actorId, actor, unit, action, from, to, note));
		}

		private Channel channel() {
			double r = random.nextDouble();
			return r < 0.7 ? Channel.PHONE : r < 0.8 ? Channel.WEB : r < 0.95 ? Channel.APP : Channel.GRID;
		}

		private RequestType type() {
			double r = random.nextDouble();
			return r < 0.45 ? RequestType.COMPLAINT : r < 0.75 ? RequestType.HELP : r < 0.85 ? RequestType.REPORT
					: RequestType.SUGGESTION;
		}
	}
}
