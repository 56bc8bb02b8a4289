package org.whistle.routing.web;

import java.time.Clock;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.whistle.routing.Routing;

/** 采纳率: how often dispatchers kept the suggested lead unit, over the days the reader picks. */
@Controller
class AcceptancePage {

	private final Routing routing;
	private final Clock clock;

	AcceptancePage(Routing routing, Clock clock) {
		this.routing = routing;
		this.clock = clock;
	}

	@GetMapping("/routing/acceptance")
	@PreAuthorize("hasAnyRole('DISPATCHER', 'ANALYST', 'LEADER', 'ADMIN')")
	String acceptance(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		AcceptancePeriod period;
		try {
			period = AcceptancePeriod.of(from, to, clock);
		}
		catch (IllegalArgumentException wrong) {
			model.addAttribute("error", wrong.getMessage());
			period = AcceptancePeriod.of(null, null, clock);
		}
		model.addAttribute("period", period);
		model.addAttribute("acceptance", routing.acceptance(period.start(clock), period.end(clock)));
		return "routing/acceptance";
	}
}
