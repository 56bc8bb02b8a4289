package org.whistle.notification;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.whistle.workorder.Closure;
import org.whistle.workorder.WorkOrderEvents;
import org.whistle.workorder.WorkOrders;

/**
 * Tells callers what happens to their orders: registered (受理), merged into another order (并单),
 * replied to by the unit (答复), and closed when no callback reached them. An order closed after a
 * callback or a direct answer sends nothing: the caller has just spoken with the hotline.
 * <p>
 * Each notice goes by SMS to the caller's phone and, when they gave one, by e-mail. It is queued
 * in the transaction that changed the order (a plain listener: no event publication to store and
 * complete for every order) and delivered once that commits. Its version keeps an event handled
 * twice from telling twice: an order is registered and closed once (0), may
 * be merged again after a reopen but into another order (that order's id), and is replied to once
 * per round (the reply's time).
 */
@Component
class CallerUpdates {

	private final WorkOrders workOrders;
	private final MessageTexts texts;
	private final CallerMessages messages;

	CallerUpdates(WorkOrders workOrders, MessageTexts texts, CallerMessages messages) {
		this.workOrders = workOrders;
		this.texts = texts;
		this.messages = messages;
	}

	@EventListener
	void on(WorkOrderEvents.Registered registered) {
		tell(registered.orderId(), Notice.REGISTERED, 0);
	}

	@EventListener
	void on(WorkOrderEvents.Merged merged) {
		workOrders.find(merged.intoOrderId())
				.ifPresent(into -> tell(merged.orderId(), Notice.MERGED, merged.intoOrderId(), into.orderNo()));
	}

	@EventListener
	void on(WorkOrderEvents.Replied replied) {
		tell(replied.orderId(), Notice.REPLIED, replied.at().toEpochMilli());
	}

	@EventListener
	void on(WorkOrderEvents.Closed closed) {
		if (closed.closure() == Closure.NOT_VERIFIED) {
			tell(closed.orderId(), Notice.CLOSED_UNREACHED, 0);
		}
	}

	private void tell(long orderId, Notice notice, long version, String... more) {
		workOrders.callerOf(orderId).ifPresent(caller -> {
			var occasion = new Occasion(orderId, caller.orderNo(), notice.name(), version);
			Letter letter = texts.compose(notice, caller, more);
			if (given(caller.phone())) {
				messages.send(OutgoingMessage.sms(occasion, caller.phone(), letter.sms()));
			}
			if (given(caller.email())) {
				messages.send(OutgoingMessage.email(occasion, caller.email(), letter.subject(), letter.body()));
			}
		});
	}

	private static boolean given(String contact) {
		return contact != null && !contact.isBlank();
	}
}
