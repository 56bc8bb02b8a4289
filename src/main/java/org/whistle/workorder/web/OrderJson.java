package org.whistle.workorder.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.whistle.PersonalData;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.workorder.Channel;
import org.whistle.workorder.Closure;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.WorkOrderView;

/** An order as the API shows it; the caller's name and phone masked unless the reader needs them. */
record OrderJson(long id, String orderNo, long version, OrderStatus status, Closure closure, Channel channel,
		RequestType type, Urgency urgency, String categoryCode, String title, String content, String callerName,
		String callerPhone, Place place, Long leadUnitId, Long handlingUnitId, List<Long> coUnitIds,
		Map<Long, String> coUnitParts, boolean leadNamedByCentre, int returnCount, String pendingReturnReason,
		Integer pendingExtensionDays, String pendingExtensionReason, Deadlines deadlines, Instant receivedAt,
		Instant dispatchedAt, Instant signedAt, Instant contactedAt, Instant repliedAt, Instant closedAt,
		Boolean solved, String replyText, int callbackAttempts, int reopenCount, Satisfaction satisfaction,
		boolean supervised, boolean overdue, Long mergedInto, String rule) {

	record Place(String address, Double lat, Double lon, String gridCode, String communityCode, String streetCode,
			String districtCode) {
	}

	record Deadlines(Instant signBy, Instant contactBy, Instant resolveBy) {
	}

	static OrderJson of(WorkOrderView v, boolean showCaller) {
		var r = v.request();
		var p = r.place();
		var d = v.deadlines();
		return new OrderJson(v.id(), v.orderNo(), v.version(), v.status(), v.closure(), r.channel(), r.type(),
				r.urgency(), r.categoryCode(), r.title(), r.content(),
				showCaller ? r.callerName() : PersonalData.maskName(r.callerName()),
				showCaller ? r.callerPhone() : PersonalData.maskPhone(r.callerPhone()),
				new Place(p.address(), p.lat(), p.lon(), p.gridCode(), p.communityCode(), p.streetCode(),
						p.districtCode()),
				v.leadUnitId(), v.handlingUnitId(), v.coUnitIds().stream().sorted().toList(), v.coUnitParts(),
				v.leadNamedByCentre(), v.returnCount(), v.pendingReturnReason(), v.pendingExtensionDays(),
				v.pendingExtensionReason(), d == null ? null : new Deadlines(d.signBy(), d.contactBy(), d.resolveBy()),
				r.receivedAt(), v.dispatchedAt(), v.signedAt(), v.contactedAt(), v.repliedAt(), v.closedAt(), v.solved(),
				v.replyText(), v.callbackAttempts(), v.reopenCount(), v.satisfaction(), v.supervised(), v.overdue(),
				v.mergedInto(), v.limits().rule());
	}
}
