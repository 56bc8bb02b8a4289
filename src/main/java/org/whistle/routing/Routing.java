package org.whistle.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.whistle.city.City;
import org.whistle.city.Location;
import org.whistle.city.Unit;
import org.whistle.people.Staff;
import org.whistle.routing.place.PlaceIndex;
import org.whistle.routing.repeat.OpenOrder;
import org.whistle.routing.repeat.RepeatFinder;
import org.whistle.routing.unit.SuggestionLog;
import org.whistle.routing.unit.UnitAdvisor;
import org.whistle.workorder.OrderNotFound;
import org.whistle.workorder.OrderRequest;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/**
 * Smart routing: from a request's words (or its point) the place, from the category and the
 * place the units with the catalog's reason, and from all three the open orders it may repeat.
 */
@Service
@EnableConfigurationProperties(RoutingSettings.class)
public class Routing {

	private final PlaceIndex places;
	private final City city;
	private final UnitAdvisor units;
	private final RepeatFinder repeats;
	private final SuggestionLog suggestions;
	private final WorkOrderService orders;
	private final Clock clock;

	Routing(PlaceIndex places, City city, UnitAdvisor units, RepeatFinder repeats, SuggestionLog suggestions,
			WorkOrderService orders, Clock clock) {
		this.places = places;
		this.city = city;
		this.units = units;
		this.repeats = repeats;
		this.suggestions = suggestions;
		this.orders = orders;
		this.clock = clock;
	}

	/**
	 * What the operator has typed so far.
	 *
	 * @param categoryCode a category code of any level, or {@code null}
	 */
	public record Query(String text, String address, Double lat, Double lon, String categoryCode, boolean urgent) {
	}

	/**
	 * @throws IllegalArgumentException for an unknown category
	 */
	public Suggestion suggest(Query query) {
		return suggest(query, null);
	}

	/** The suggestion for a registered order: its point or words, its category; it is no repeat of itself. */
	public Suggestion suggestFor(WorkOrderView order) {
		OrderRequest r = order.request();
		return suggest(new Query(r.title() + "\n" + r.content(), r.place().address(), r.place().lat(), r.place().lon(),
				r.categoryCode(), r.urgency().isUrgent()), order.id());
	}

	/** The place alone: the point when given and inside the city, else the words of the address and text. */
	public PlaceGuess place(String address, String text, Double lat, Double lon) {
		if (lat != null && lon != null) {
			Optional<Location> location = city.locate(lat, lon);
			if (location.isPresent()) {
				var point = new PlaceCandidate(location.get().grid().name(), PlaceKind.POINT,
						location.get().community().code(), lat, lon, "");
				return new PlaceGuess(Optional.of(point), 1, true, Doubt.NONE, List.of(point), location);
			}
		}
		String words = String.join("\n", nonNull(address), nonNull(text));
		PlaceGuess guess = places.match(words);
		return guess.at(guess.best().flatMap(this::locationOf));
	}

	/** A road's or compound's point gives its grid; an area named alone gives only itself and what it lies in. */
	private Optional<Location> locationOf(PlaceCandidate place) {
		if (place.kind().compareTo(PlaceKind.COMMUNITY) > 0) {
			return city.locate(place.lat(), place.lon());
		}
		String code = place.areaCode();
		return city.area(code.substring(0, Math.min(6, code.length())))
			.map(district -> new Location(null, code.length() >= 12 ? city.area(code).orElse(null) : null,
					code.length() >= 9 ? city.area(code.substring(0, 9)).orElse(null) : null, district));
	}

	/** Remembers that the dispatcher was shown the order's suggested lead, so that their choice can be counted. */
	public void shown(WorkOrderView order, Unit lead, UnitGuess guess) {
		suggestions.shown(order.id(), order.version(), lead, guess, clock.instant());
	}

	/**
	 * 一键采纳: dispatches the order to the suggested lead and co-units.
	 *
	 * @param shownLeadId the lead the dispatcher saw
	 * @throws SuggestionChanged when routing would now suggest another lead, or none
	 */
	public WorkOrderView accept(long orderId, long shownLeadId, Staff staff) {
		WorkOrderView order = orders.findFor(orderId, staff)
			.orElseThrow(() -> new OrderNotFound(orderId));
		UnitGuess guess = suggestFor(order).unit();
		Unit lead = guess.lead().filter(unit -> unit.id() == shownLeadId)
			.orElseThrow(() -> new SuggestionChanged(orderId));
		Set<Long> coUnits = guess.coUnits().stream().map(Unit::id).collect(Collectors.toSet());
		return orders.act(orderId, staff, (o, actor, now) -> o.dispatch(lead.id(), coUnits, guess.reason(), actor, now));
	}

	public Acceptance acceptance(Instant from, Instant to) {
		return suggestions.acceptance(from, to);
	}

	private Suggestion suggest(Query query, Long self) {
		Instant now = clock.instant();
		String category = query.categoryCode() == null || query.categoryCode().isBlank() ? null
				: query.categoryCode().strip();
		PlaceGuess place = place(query.address(), query.text(), query.lat(), query.lon());
		Location location = place.location().orElse(null);
		UnitGuess unit = units.suggest(category, place.best().orElse(null), location, query.urgent(), now);
		boolean searchable = category != null && place.sure()
				&& place.best().filter(best -> best.kind().compareTo(PlaceKind.COMMUNITY) > 0).isPresent();
		List<Repeat> found = searchable ? repeats.find(category, place.best().get().lat(), place.best().get().lon(),
				nonNull(query.text()), self, now).stream().filter(this::stillOpen).toList() : List.of();
		return new Suggestion(place, unit, found, searchable);
	}

	/** The index follows the orders a moment later: an order answered or merged just now is not offered. */
	private boolean stillOpen(Repeat repeat) {
		return orders.find(repeat.orderId()).filter(OpenOrder::isRepeatTarget).isPresent();
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}
}
