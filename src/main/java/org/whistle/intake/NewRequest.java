package org.whistle.intake;

import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.workorder.Channel;

/**
 * A citizen's request as registered by an operator, a system, the portal or a sensor. The
 * place is an address, a point, or both; the category code is any level of the taxonomy.
 */
public record NewRequest(Channel channel, RequestType type, String callerName, String callerPhone,
		String callerEmail, String address, Double lat, Double lon, String categoryCode, String title, String content,
		Urgency urgency) {
}
