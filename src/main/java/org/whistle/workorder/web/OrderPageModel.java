package org.whistle.workorder.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.whistle.city.City;
import org.whistle.city.Unit;
import org.whistle.people.Staff;
import org.whistle.workorder.HistoryEntry;
import org.whistle.workorder.OrderNotFound;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.WorkOrderPolicies;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/** What the order page and the action forms need, for the order page and for a refused step. */
@Component
class OrderPageModel {

	private static final Pattern PASSED_TO = Pattern.compile("→ unit (\\d+)");

	private final WorkOrderService orders;
	private final OrderCards cards;
	private final UnitChoices units;
	private final CityTimes times;
	private final WorkOrderPolicies policies;
	private final City city;

	OrderPageModel(WorkOrderService orders, OrderCards cards, UnitChoices units, CityTimes times,
			WorkOrderPolicies policies, City city) {
		this.city = city;
		this.orders = orders;
		this.cards = cards;
		this.units = units;
		this.times = times;
		this.policies = policies;
	}

	/**
	 * One line of the history as the page shows it; {@code actor} is null for the system, and
	 * {@code noteKey} names the message that says the note when it is a code (channel, verdict, deadline).
	 */
	record HistoryRow(String at, String actor, String unit, String action, OrderStatus from, OrderStatus to,
			String note, String noteKey) {
	}

	/** The notes that are codes, by action: the prefix of their message keys. */
	private static final Map<String, String> CODED_NOTES = Map.of("register", "workorder.channel.", "callback",
			"workorder.satisfaction.", "reopen", "workorder.satisfaction.", "overdue", "workorder.deadline.");

	/** Fills the model of {@code workorder/order}; {@code back} is where its forms return to. */
	String orderPage(long id, Staff staff, Locale locale, String back, Model model) {
		WorkOrderView order = orders.findFor(id, staff).orElseThrow(() -> new OrderNotFound(id));
		OrderCard card = cards.of(order, staff, locale);
		Map<Long, Unit> unitsById = units.byId();
		List<HistoryRow> history = orders.history(id, staff).stream().map(entry -> row(entry, unitsById)).toList();
		model.addAttribute("c", card);
		model.addAttribute("history", history);
		var place = order.request().place();
		model.addAttribute("areas", Stream.of(place.districtCode(), place.streetCode(), place.communityCode(),
				place.gridCode()).filter(Objects::nonNull).map(city::area).flatMap(Optional::stream).toList());
		model.addAttribute("back", ActionForm.isLocalPath(back) ? back : "/orders/" + id);
		formChoices(model, staff, List.of(card));
		return "workorder/order";
	}

	/**
	 * Fills the model of a list of orders with their row forms: {@code back} is the list itself,
	 * {@code previous} and {@code next} the pages around it (or null).
	 */
	void list(Model model, Staff staff, List<OrderCard> shown, String back, String previous, String next) {
		model.addAttribute("cards", shown);
		model.addAttribute("back", back);
		model.addAttribute("previous", previous);
		model.addAttribute("next", next);
		formChoices(model, staff, shown);
	}

	/** What the action forms offer: units to dispatch to, sub-units, the satisfaction verdicts, limits. */
	private void formChoices(Model model, Staff staff, List<OrderCard> shown) {
		if (shown.stream().anyMatch(card -> card.can("DISPATCH"))) {
			model.addAttribute("leadChoices", units.forDispatch());
		}
		if (shown.stream().anyMatch(card -> card.can("PASS_DOWN"))) {
			model.addAttribute("subUnits", units.below(staff.unitId()));
		}
		model.addAttribute("satisfactions", Satisfaction.values());
		model.addAttribute("maxExtensionDays", policies.maxExtensionDays());
	}

	private HistoryRow row(HistoryEntry entry, Map<Long, Unit> unitsById) {
		Unit unit = entry.actorUnitId() == null ? null : unitsById.get(entry.actorUnitId());
		String note = entry.note();
		if (note != null) {
			Matcher passed = PASSED_TO.matcher(note);
			if (passed.matches() && unitsById.containsKey(Long.valueOf(passed.group(1)))) {
				note = "→ " + unitsById.get(Long.valueOf(passed.group(1))).name();
			}
		}
		String noteKey = note != null && CODED_NOTES.containsKey(entry.action())
				? CODED_NOTES.get(entry.action()) + note : null;
		return new HistoryRow(times.format(entry.at()), entry.actorId() == null ? null : entry.actorName(),
				unit == null ? null : unit.name(), entry.action(), entry.from(), entry.to(), note, noteKey);
	}
}
