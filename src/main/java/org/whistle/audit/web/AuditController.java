package org.whistle.audit.web;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.whistle.audit.AuditEvent;
import org.whistle.audit.AuditFilter;
import org.whistle.audit.AuditTrail;

/** The audit trail of administrative changes, newest first, for the administrators. */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final Clock clock;

	AuditController(AuditTrail trail, Clock clock) {
		this.trail = trail;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) String subjectType, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String text, @RequestParam(defaultValue = "0") int page, Model model) {
		var filter = new AuditFilter(subjectType, actor, text, page, PAGE_SIZE);
		List<AuditEvent> rows = trail.find(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("events", rows.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("subjectTypes", trail.subjectTypes());
		model.addAttribute("zone", clock.getZone());
		return "audit/events";
	}
}
