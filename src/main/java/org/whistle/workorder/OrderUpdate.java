package org.whistle.workorder;

/** One line of some order's history, numbered by its place in the history of all orders. */
public record OrderUpdate(long updateId, long orderId, String orderNo, HistoryEntry entry) {
}
