package org.whistle.scorecard.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whistle.people.StaffDetails;
import org.whistle.scorecard.Exclusion;
import org.whistle.scorecard.ExclusionReason;
import org.whistle.scorecard.Exclusions;
import org.whistle.scorecard.Fact;
import org.whistle.scorecard.Level;
import org.whistle.scorecard.Period;
import org.whistle.scorecard.Publications;
import org.whistle.scorecard.Scorecard;
import org.whistle.scorecard.ScorecardNotFound;
import org.whistle.scorecard.Scorecards;
import org.whistle.scorecard.UnitScore;

/** The scorecard over HTTP: rankings, the orders behind a rank, exclusions and publication. */
@RestController
@RequestMapping("/api/scorecards")
class ScorecardApiController {

	private final Scorecards scorecards;
	private final Exclusions exclusions;
	private final Publications publications;
	private final Clock clock;

	ScorecardApiController(Scorecards scorecards, Exclusions exclusions, Publications publications, Clock clock) {
		this.scorecards = scorecards;
		this.exclusions = exclusions;
		this.publications = publications;
		this.clock = clock;
	}

	record Weights(BigDecimal response, BigDecimal resolution, BigDecimal satisfaction,
			BigDecimal basicallySatisfiedFactor) {
	}

	record Ranking(String period, String level, String category, Scorecard.Publication publication, Weights weights,
			List<UnitScore> units) {
	}

	@GetMapping
	Ranking ranking(@RequestParam(required = false) String period, @RequestParam(required = false) String level,
			@RequestParam(required = false) String category) {
		ScorecardQuery query = ScorecardQuery.of(period, level, category, clock);
		Scorecard card = scorecards.evaluate(query.period(), query.level(), query.category());
		var rules = scorecards.rules();
		return new Ranking(card.period().toString(), card.level().param(), card.category(),
				card.publication().orElse(null), new Weights(rules.weights().response(), rules.weights().resolution(),
						rules.weights().satisfaction(), rules.basicallySatisfiedFactor()),
				card.units());
	}

	@GetMapping("/orders")
	List<Fact> against(@RequestParam(required = false) String period, @RequestParam(required = false) String level,
			@RequestParam String key, @AuthenticationPrincipal StaffDetails me) {
		ScorecardQuery query = ScorecardQuery.of(period, level, null, clock);
		if (!Access.seesOrdersOf(me.staff(), query.level(), key)) {
			throw new AccessDeniedException("Only the centre and the unit itself see the unit's orders");
		}
		return scorecards.against(query.period(), query.level(), key);
	}

	record Application(Long orderId, String reason, String note) {
	}

	@PostMapping("/exclusions")
	ResponseEntity<Exclusion> apply(@RequestBody Application body, @AuthenticationPrincipal StaffDetails me) {
		if (body == null || body.orderId() == null) {
			throw new IllegalArgumentException("orderId is required");
		}
		Exclusion exclusion = exclusions.apply(body.orderId(), reason(body.reason()), body.note(), me.staff());
		return ResponseEntity.created(URI.create("/api/scorecards/exclusions/" + exclusion.id())).body(exclusion);
	}

	@GetMapping("/exclusions")
	List<Exclusion> exclusions(@RequestParam(required = false) String status, @AuthenticationPrincipal StaffDetails me) {
		if (!Access.seesExclusions(me.staff())) {
			throw new AccessDeniedException("Only the centre sees every unit's exclusions");
		}
		if (status == null || status.isBlank()) {
			return exclusions.list(null);
		}
		try {
			return exclusions.list(Exclusion.Status.valueOf(status.strip()));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("status must be one of " + List.of(Exclusion.Status.values()));
		}
	}

	@GetMapping("/exclusions/{id}")
	Exclusion exclusion(@PathVariable long id, @AuthenticationPrincipal StaffDetails me) {
		Exclusion exclusion = exclusions.find(id);
		if (!Access.seesExclusions(me.staff()) && exclusion.unitId() != me.staff().unitId()) {
			throw new ScorecardNotFound("No exclusion " + id);
		}
		return exclusion;
	}

	record Review(Boolean approve, String note) {
	}

	@PostMapping("/exclusions/{id}/review")
	Exclusion review(@PathVariable long id, @RequestBody Review body, @AuthenticationPrincipal StaffDetails me) {
		if (body == null || body.approve() == null) {
			throw new IllegalArgumentException("approve (true or false) is required");
		}
		return exclusions.review(id, body.approve(), body.note(), me.staff());
	}

	record PublicationRequest(String period, String level, String reason) {
	}

	@PostMapping("/publications")
	ResponseEntity<Map<String, Object>> publish(@RequestBody PublicationRequest body,
			@AuthenticationPrincipal StaffDetails me) {
		if (!Access.publishes(me.staff())) {
			throw new AccessDeniedException("Only analysts and leaders publish scorecards");
		}
		if (body == null || body.period() == null || body.level() == null) {
			throw new IllegalArgumentException("period and level are required");
		}
		Period period = Period.parse(body.period());
		Level level = Level.parse(body.level());
		int version = publications.publish(period, level, body.reason(), me.getUsername());
		return ResponseEntity.created(URI.create("/api/scorecards?period=" + period + "&level=" + level.param()))
			.body(Map.of("period", period.toString(), "level", level.param(), "version", version));
	}

	static ExclusionReason reason(String text) {
		try {
			return ExclusionReason.valueOf(text == null ? "" : text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("reason must be one of " + List.of(ExclusionReason.values()));
		}
	}
}
