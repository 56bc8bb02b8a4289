package org.whistle.workorder;

import java.time.Instant;

import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;

/**
 * What the caller asked, as registered: it does not change while the order is handled. The
 * caller's name and phone are personal data, shown only to the roles that need them.
 */
public record OrderRequest(Channel channel, RequestType type, String callerName, String callerPhone,
		String callerEmail, Place place,
		String categoryCode, String title, String content, Urgency urgency, Instant receivedAt) {

	/** Where the problem is: the address as given and, when known, the point and its areas. */
	public record Place(String address, Double lat, Double lon, String gridCode, String communityCode,
			String streetCode, String districtCode) {
	}
}
