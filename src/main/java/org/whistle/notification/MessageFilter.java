package org.whistle.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Which logged messages to list: by order number, channel and status; one page at a time. */
public record MessageFilter(String orderNo, MessageChannel channel, MessageStatus status, int page, int size) {

	public MessageFilter {
		page = Math.max(page, 0);
		size = Math.min(Math.max(size, 1), 200);
		orderNo = orderNo == null || orderNo.isBlank() ? null : orderNo.strip();
	}

	/** The conditions by column; each is an equality. */
	Map<String, Object> params() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (orderNo != null) {
			params.put("order_no", orderNo);
		}
		if (channel != null) {
			params.put("channel", channel.name());
		}
		if (status != null) {
			params.put("status", status.name());
		}
		return params;
	}

	String where() {
		return params().keySet().stream()
				.map(column -> column + " = :" + column)
				.collect(Collectors.collectingAndThen(Collectors.joining(" AND "),
						conditions -> conditions.isEmpty() ? "" : "WHERE " + conditions));
	}
}
