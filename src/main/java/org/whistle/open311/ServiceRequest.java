package org.whistle.open311;

import java.time.Instant;
import java.util.List;

/**
 * An order as Open311 shows it to anyone: never the caller's name, phone or e-mail. With
 * {@code extensions=true} it also carries the detailed status and the public history.
 */
public record ServiceRequest(String serviceRequestId, boolean open, String statusNotes, String serviceName,
		String serviceCode, String description, String agencyResponsible, Instant requestedAt, Instant updatedAt,
		Instant expectedAt, String address, Double lat, Double lon, String mediaUrl, String detailedStatus,
		List<Note> notes) {

	/** One step of the public history. */
	public record Note(long id, String serviceRequestId, Instant at, boolean open, String detailedStatus,
			String description) {
	}
}
