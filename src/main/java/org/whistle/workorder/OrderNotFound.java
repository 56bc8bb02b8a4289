package org.whistle.workorder;

/** No such order, or not one the caller may see: both answer 404, so ids of others' orders leak nothing. */
public class OrderNotFound extends RuntimeException {

	public OrderNotFound(long id) {
		super("No work order " + id);
	}
}
