package org.whistle.notification.web;

import java.time.Clock;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.whistle.notification.LoggedMessage;
import org.whistle.notification.MessageChannel;
import org.whistle.notification.MessageFilter;
import org.whistle.notification.MessageLog;
import org.whistle.notification.MessageStatus;

/** The log of messages to callers, newest first, for the hotline centre's staff. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER', 'CALLBACK', 'OPERATOR')")
class MessageLogController {

	private static final int PAGE_SIZE = 50;

	private final MessageLog log;
	private final Clock clock;

	MessageLogController(MessageLog log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	@GetMapping("/messages")
	String list(@RequestParam(required = false) String orderNo, @RequestParam(required = false) MessageChannel channel,
			@RequestParam(required = false) MessageStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var filter = new MessageFilter(orderNo, channel, status, page, PAGE_SIZE);
		List<LoggedMessage> rows = log.find(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("messages", rows.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasNext", rows.size() > PAGE_SIZE);
		model.addAttribute("channels", MessageChannel.values());
		model.addAttribute("statuses", MessageStatus.values());
		model.addAttribute("zone", clock.getZone());
		return "notification/messages";
	}
}
