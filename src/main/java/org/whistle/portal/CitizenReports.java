package org.whistle.portal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.intake.Intake;
import org.whistle.intake.NewRequest;
import org.whistle.intake.Photos;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.WorkOrderService;
import org.whistle.workorder.WorkOrderView;

/**
 * What a citizen does on the portal: report (an ordinary work order, channel WEB, registered by
 * the caller in person), follow it by tracking number, and rate the reply from their own link,
 * which is the order's callback (回访).
 */
@Service
public class CitizenReports {

	private final Intake intake;
	private final Photos photos;
	private final WorkOrderService orders;
	private final Tickets tickets;
	private final Clock clock;

	CitizenReports(Intake intake, Photos photos, WorkOrderService orders, Tickets tickets, Clock clock) {
		this.intake = intake;
		this.photos = photos;
		this.orders = orders;
		this.tickets = tickets;
		this.clock = clock;
	}

	/** A photo as the caller sent it. */
	public record Upload(String filename, byte[] content) {
	}

	/** What the caller keeps: the tracking number, and the key of their private rating link (shown once). */
	public record Receipt(String trackingNo, String ratingKey) {

		public String shownTrackingNo() {
			return TrackingNumbers.shown(trackingNo);
		}
	}

	/**
	 * Registers the report with its photos, all or nothing: a refused photo leaves no order.
	 *
	 * @throws org.whistle.intake.InvalidRequest when a field is missing or wrong
	 * @throws Photos.InvalidPhoto when a photo is empty, too large, not an image, or one too many
	 */
	@Transactional
	public Receipt submit(NewRequest request, List<Upload> uploads) {
		WorkOrderView order = intake.registerFromCaller(request);
		for (Upload upload : uploads) {
			photos.attachFromCaller(order.id(), upload.filename(), upload.content());
		}
		String trackingNo = TrackingNumbers.newTrackingNo();
		String ratingKey = TrackingNumbers.newRatingKey();
		tickets.insert(trackingNo, order.id(), ratingKey, clock.instant());
		return new Receipt(trackingNo, ratingKey);
	}

	/** Checks a report as {@link #submit} would, without registering it. */
	public void check(NewRequest request) {
		intake.check(request);
	}

	/** The tracking number as stored, from what a caller typed (case, dashes and look-alikes forgiven). */
	public Optional<String> canonical(String typedTrackingNo) {
		return TrackingNumbers.parse(typedTrackingNo);
	}

	/** The order behind a tracking number as the public may see it; empty for an unknown number. */
	@Transactional(readOnly = true)
	public Optional<WorkOrderView> track(String typedTrackingNo) {
		return ticket(typedTrackingNo).flatMap(ticket -> orders.find(ticket.orderId()));
	}

	/** Whether the key opens this tracking number's rating. */
	@Transactional(readOnly = true)
	public boolean opens(String typedTrackingNo, String ratingKey) {
		return ticket(typedTrackingNo).filter(ticket -> ticket.opensWith(ratingKey)).isPresent();
	}

	/** Whether the order waits for the caller's rating: replied, not yet called back. */
	public static boolean awaitsRating(WorkOrderView order) {
		return order.status() == OrderStatus.REPLIED;
	}

	/**
	 * The caller's rating from their own link: the order's callback (solved closes it, not solved
	 * reopens it).
	 *
	 * @throws RatingRefused when the number is unknown or the key is not the number's
	 * @throws org.whistle.workorder.IllegalTransition when the order waits for no rating
	 */
	@Transactional
	public WorkOrderView rate(String typedTrackingNo, String ratingKey, boolean solved, Satisfaction verdict) {
		Tickets.Ticket ticket = ticket(typedTrackingNo).filter(t -> t.opensWith(ratingKey))
			.orElseThrow(RatingRefused::new);
		return orders.callbackByCaller(ticket.orderId(), solved, verdict);
	}

	private Optional<Tickets.Ticket> ticket(String typedTrackingNo) {
		return TrackingNumbers.parse(typedTrackingNo).flatMap(tickets::find);
	}

	/** A rating without the right link: nothing is changed. */
	public static class RatingRefused extends RuntimeException {

		RatingRefused() {
			super("This link does not rate this request");
		}
	}
}
