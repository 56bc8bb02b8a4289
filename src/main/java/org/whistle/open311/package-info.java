/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: the taxonomy's level-3 categories as services
 * (with attributes of their own, {@code open311_attribute}), citizens' requests posted by client
 * applications (each becomes an ordinary work order through intake, channel OPEN311) and the
 * public view of every order. Callers' data never leaves through it.
 * <p>
 * Requests are created synchronously: a POST answers the {@code service_request_id} (the order
 * number) and a {@code token} that {@code tokens/{token}} resolves to it.
 */
package org.whistle.open311;
