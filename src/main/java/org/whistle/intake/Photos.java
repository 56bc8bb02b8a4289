package org.whistle.intake;

import java.util.List;
import java.util.Optional;

import org.whistle.people.Staff;

/**
 * Photos of a request, stored with its order. The type is sniffed from the bytes (JPEG, PNG,
 * WebP, GIF), never taken from the name or the client's claim; each photo and the number per
 * order are limited.
 */
public interface Photos {

	/**
	 * @throws InvalidPhoto when the file is empty, too large, not an image, or one too many
	 * @throws org.whistle.workorder.OrderNotFound when the staff member may not see the order
	 */
	PhotoRef attach(long orderId, String filename, byte[] content, Staff staff);

	/**
	 * A photo the caller sent with their own request (the citizen portal), checked the same way;
	 * stored without a staff uploader.
	 *
	 * @throws InvalidPhoto when the file is empty, too large, not an image, or one too many
	 * @throws org.whistle.workorder.OrderNotFound when there is no such order
	 */
	PhotoRef attachFromCaller(long orderId, String filename, byte[] content);

	/** The order's photos, oldest first; empty for an order the staff member may not see. */
	List<PhotoRef> of(long orderId, Staff staff);

	/** One photo's bytes and type, if the staff member may see its order. */
	Optional<PhotoContent> content(long orderId, long photoId, Staff staff);

	record PhotoRef(long id, long orderId, String filename, String mediaType, long size) {
	}

	record PhotoContent(String mediaType, byte[] bytes) {
	}

	class InvalidPhoto extends RuntimeException {

		public InvalidPhoto(String message) {
			super(message);
		}
	}
}
