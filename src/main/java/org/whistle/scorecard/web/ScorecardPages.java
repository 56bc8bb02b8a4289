package org.whistle.scorecard.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.whistle.people.Role;
import org.whistle.people.StaffDetails;
import org.whistle.scorecard.Exclusion;
import org.whistle.scorecard.ExclusionConflict;
import org.whistle.scorecard.ExclusionReason;
import org.whistle.scorecard.Exclusions;
import org.whistle.scorecard.Level;
import org.whistle.scorecard.Period;
import org.whistle.scorecard.Publications;
import org.whistle.scorecard.Scorecard;
import org.whistle.scorecard.ScorecardNotFound;
import org.whistle.scorecard.ScorecardTable;
import org.whistle.scorecard.Scorecards;

/** The scorecard pages: ranking with charts, the orders behind a rank, exclusions, exports. */
@Controller
class ScorecardPages {

	private static final int TREND_MONTHS = 12;

	private final Scorecards scorecards;
	private final Exclusions exclusions;
	private final Publications publications;
	private final Clock clock;

	ScorecardPages(Scorecards scorecards, Exclusions exclusions, Publications publications, Clock clock) {
		this.scorecards = scorecards;
		this.exclusions = exclusions;
		this.publications = publications;
		this.clock = clock;
	}

	@GetMapping("/scorecards")
	String ranking(@RequestParam(required = false) String period, @RequestParam(required = false) String level,
			@RequestParam(required = false) String category, @AuthenticationPrincipal StaffDetails me, Model model) {
		ScorecardQuery query = ScorecardQuery.of(period, level, category, clock);
		Scorecard card = scorecards.evaluate(query.period(), query.level(), query.category());
		List<Scorecard> months = new ArrayList<>(scorecards.publishedBefore(query.period(), query.level(), TREND_MONTHS));
		months.add(card);
		var trend = Charts.trend(months);
		Map<String, String> districtScores = new HashMap<>();
		if (query.level() == Level.DISTRICT) {
			card.units().forEach(u -> districtScores.put(u.code(), ScorecardTable.number(u.rates().composite())));
		}
		model.addAttribute("query", query);
		model.addAttribute("card", card);
		model.addAttribute("header", ScorecardTable.HEADER);
		model.addAttribute("rows", ScorecardTable.rows(card));
		model.addAttribute("levels", Level.values());
		model.addAttribute("trend", trend);
		model.addAttribute("trendLine", Charts.polyline(trend));
		model.addAttribute("bars", Charts.distribution(card));
		model.addAttribute("districtScores", districtScores);
		model.addAttribute("canPublish", Access.publishes(me.staff()) && query.period().isMonth()
				&& query.category() == null);
		model.addAttribute("versions", query.period().isMonth()
				? publications.versions(query.period(), query.level()) : List.of());
		model.addAttribute("seesOrders", card.units().stream()
			.filter(u -> Access.seesOrdersOf(me.staff(), query.level(), u)).map(u -> u.key()).toList());
		model.addAttribute("rules", scorecards.rules());
		model.addAttribute("zone", clock.getZone());
		return "scorecard/ranking";
	}

	@GetMapping("/scorecards/export.csv")
	void csv(@RequestParam(required = false) String period, @RequestParam(required = false) String level,
			@RequestParam(required = false) String category, HttpServletResponse response) throws IOException {
		Scorecard card = card(period, level, category);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(card) + ".csv\"");
		var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		ScorecardTable.csv(card, writer);
	}

	@GetMapping("/scorecards/export.xlsx")
	void excel(@RequestParam(required = false) String period, @RequestParam(required = false) String level,
			@RequestParam(required = false) String category, HttpServletResponse response) throws IOException {
		Scorecard card = card(period, level, category);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(card) + ".xlsx\"");
		ScorecardTable.excel(card, response.getOutputStream());
	}

	@GetMapping("/scorecards/orders")
	String against(@RequestParam(required = false) String period, @RequestParam(required = false) String level,
			@RequestParam String key, @AuthenticationPrincipal StaffDetails me, Model model) {
		ScorecardQuery query = ScorecardQuery.of(period, level, null, clock);
		if (!Access.seesOrdersOf(me.staff(), query.level(), key)) {
			throw new AccessDeniedException("Only the centre and the unit itself see the unit's orders");
		}
		Scorecard card = scorecards.evaluate(query.period(), query.level(), null);
		model.addAttribute("query", query);
		model.addAttribute("unit", card.unit(key).orElseThrow(() -> new ScorecardNotFound("No unit " + key)));
		model.addAttribute("facts", scorecards.against(query.period(), query.level(), key));
		model.addAttribute("canApply", query.level() != Level.DISTRICT && me.staff().has(Role.HANDLER)
				&& key.equals(Long.toString(me.staff().unitId())));
		model.addAttribute("reasons", ExclusionReason.values());
		model.addAttribute("zone", clock.getZone());
		return "scorecard/orders";
	}

	@PostMapping("/scorecards/exclusions")
	String apply(@RequestParam long orderId, @RequestParam String reason, @RequestParam String note,
			@RequestParam String back, @AuthenticationPrincipal StaffDetails me, RedirectAttributes flash) {
		try {
			exclusions.apply(orderId, ScorecardApiController.reason(reason), note, me.staff());
			flash.addFlashAttribute("notice", "scorecard.exclusion.applied");
		}
		catch (IllegalArgumentException | ExclusionConflict e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:" + local(back);
	}

	@GetMapping("/scorecards/exclusions")
	String exclusions(@AuthenticationPrincipal StaffDetails me, Model model) {
		if (!Access.seesExclusions(me.staff())) {
			throw new AccessDeniedException("Only the centre sees every unit's exclusions");
		}
		model.addAttribute("pending", exclusions.list(Exclusion.Status.PENDING));
		model.addAttribute("recent", exclusions.list(null));
		model.addAttribute("reviews", Exclusions.reviews(me.staff()));
		model.addAttribute("zone", clock.getZone());
		return "scorecard/exclusions";
	}

	@PostMapping("/scorecards/exclusions/{id}/review")
	String review(@PathVariable long id, @RequestParam boolean approve, @RequestParam(required = false) String note,
			@AuthenticationPrincipal StaffDetails me, RedirectAttributes flash) {
		try {
			exclusions.review(id, approve, note, me.staff());
			flash.addFlashAttribute("notice", approve ? "scorecard.exclusion.approved" : "scorecard.exclusion.refused");
		}
		catch (ExclusionConflict e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/scorecards/exclusions";
	}

	@PostMapping("/scorecards/publications")
	String publish(@RequestParam String period, @RequestParam String level,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal StaffDetails me,
			RedirectAttributes flash) {
		if (!Access.publishes(me.staff())) {
			throw new AccessDeniedException("Only analysts and leaders publish scorecards");
		}
		Period p = Period.parse(period);
		Level l = Level.parse(level);
		try {
			publications.publish(p, l, reason, me.getUsername());
			flash.addFlashAttribute("notice", "scorecard.published");
		}
		catch (IllegalArgumentException e) {
			flash.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/scorecards?period=" + p + "&level=" + l.param();
	}

	private Scorecard card(String period, String level, String category) {
		ScorecardQuery query = ScorecardQuery.of(period, level, category, clock);
		return scorecards.evaluate(query.period(), query.level(), query.category());
	}

	private static String fileName(Scorecard card) {
		return "scorecard-" + card.period() + "-" + card.level().param()
				+ (card.category() == null ? "" : "-" + card.category());
	}

	/** Only a path of this application: never an open redirect. */
	private static String local(String back) {
		var uri = UriComponentsBuilder.fromUriString(back == null ? "/scorecards" : back).build();
		return uri.getHost() == null && uri.getPath() != null && uri.getPath().startsWith("/scorecards")
				? back : "/scorecards";
	}
}
