package org.whistle.intake.photo;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.intake.Photos;
import org.whistle.people.Staff;
import org.whistle.workorder.OrderNotFound;
import org.whistle.workorder.WorkOrderService;

/** Photos kept with the work order, for whoever may see the order. */
@Service
@EnableConfigurationProperties(PhotoLimits.class)
class OrderPhotos implements Photos {

	private final WorkOrderService orders;
	private final PhotoStore store;
	private final PhotoCheck check;
	private final Clock clock;

	OrderPhotos(WorkOrderService orders, PhotoStore store, PhotoLimits limits, Clock clock) {
		this.orders = orders;
		this.store = store;
		this.check = new PhotoCheck(limits);
		this.clock = clock;
	}

	@Override
	@Transactional
	public PhotoRef attach(long orderId, String filename, byte[] content, Staff staff) {
		requireVisible(orderId, staff);
		return store(orderId, filename, content, staff.id());
	}

	@Override
	@Transactional
	public PhotoRef attachFromCaller(long orderId, String filename, byte[] content) {
		if (orders.find(orderId).isEmpty()) {
			throw new OrderNotFound(orderId);
		}
		return store(orderId, filename, content, null);
	}

	private PhotoRef store(long orderId, String filename, byte[] content, Long uploadedBy) {
		int attached = store.count(orderId);
		PhotoCheck.Accepted photo = check.check(filename, content, attached);
		return store.insert(orderId, attached + 1, photo, content, uploadedBy, clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public List<PhotoRef> of(long orderId, Staff staff) {
		return orders.findFor(orderId, staff).isPresent() ? store.of(orderId) : List.of();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PhotoContent> content(long orderId, long photoId, Staff staff) {
		requireVisible(orderId, staff);
		return store.content(orderId, photoId);
	}

	private void requireVisible(long orderId, Staff staff) {
		if (orders.findFor(orderId, staff).isEmpty()) {
			throw new OrderNotFound(orderId);
		}
	}
}
