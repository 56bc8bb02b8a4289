package org.whistle.routing.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whistle.people.StaffDetails;
import org.whistle.routing.Acceptance;
import org.whistle.routing.Routing;
import org.whistle.routing.Suggestion;
import org.whistle.workorder.OrderNotFound;
import org.whistle.workorder.WorkOrderService;

/** Routing for other systems: suggestions for a request, the repeats of an order, the acceptance rate. */
@RestController
@RequestMapping("/api/routing")
class RoutingApiController {

	static final int MAX_TEXT = 5000;

	private final Routing routing;
	private final WorkOrderService orders;
	private final PlaceQuestions questions;
	private final Clock clock;

	RoutingApiController(Routing routing, WorkOrderService orders, PlaceQuestions questions, Clock clock) {
		this.routing = routing;
		this.orders = orders;
		this.questions = questions;
		this.clock = clock;
	}

	@GetMapping("/suggest")
	@PreAuthorize("hasAnyRole('OPERATOR', 'DISPATCHER')")
	SuggestionJson suggest(@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String address,
			@RequestParam(required = false) Double lat, @RequestParam(required = false) Double lon,
			@RequestParam(required = false) String categoryCode, @RequestParam(defaultValue = "false") boolean urgent,
			Locale locale) {
		if (text.length() + address.length() > MAX_TEXT) {
			throw new IllegalArgumentException("text and address together may have at most " + MAX_TEXT + " characters");
		}
		if ((lat == null) != (lon == null) || lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
			throw new IllegalArgumentException("lat and lon go together, within ±90 and ±180");
		}
		Suggestion suggestion = routing.suggest(new Routing.Query(text, address, lat, lon, categoryCode, urgent));
		return SuggestionJson.of(suggestion, questions.of(suggestion.place(), locale));
	}

	/** The open orders that the order may repeat, as the staff member may see them. */
	@GetMapping("/orders/{id}/repeats")
	List<SuggestionJson.RepeatJson> repeats(@PathVariable long id, @AuthenticationPrincipal StaffDetails user) {
		var order = orders.findFor(id, user.staff()).orElseThrow(() -> new OrderNotFound(id));
		return routing.suggestFor(order).repeats().stream()
			.filter(repeat -> orders.findFor(repeat.orderId(), user.staff()).isPresent())
			.map(SuggestionJson.RepeatJson::of)
			.toList();
	}

	/** Suggestions decided between the two days (inclusive, in the city's time zone); the last 30 days by default. */
	@GetMapping("/acceptance")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'ANALYST', 'LEADER', 'ADMIN')")
	Acceptance acceptance(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		AcceptancePeriod period = AcceptancePeriod.of(from, to, clock);
		return routing.acceptance(period.start(clock), period.end(clock));
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Invalid request");
		return problem;
	}

	@ExceptionHandler(OrderNotFound.class)
	ProblemDetail notFound(OrderNotFound e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
		problem.setTitle("Not found");
		return problem;
	}
}
