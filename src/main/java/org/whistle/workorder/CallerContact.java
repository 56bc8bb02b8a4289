package org.whistle.workorder;

/**
 * How to reach the caller of an order. Personal data: only for telling the caller and for the
 * roles that call back; never logged or exported unmasked.
 */
public record CallerContact(long orderId, String orderNo, String name, String phone, String email) {
}
