package org.whistle.workorder;

/** Someone changed the order since it was read: of two acting at once, one wins, the other retries. */
public class ConcurrentChange extends RuntimeException {

	public ConcurrentChange(String orderNo) {
		super("Order " + orderNo + " was changed by someone else in the meantime; reload and try again");
	}
}
