package org.whistle.routing;

import java.time.Instant;

/**
 * An open order that the request may repeat: same category, near, recent, and similar in words.
 *
 * @param metres how far its point is from the request's
 * @param similarity cosine similarity of the two texts' character bigrams, 0 to 1
 */
public record Repeat(long orderId, String orderNo, String title, int metres, double similarity, Instant receivedAt) {
}
