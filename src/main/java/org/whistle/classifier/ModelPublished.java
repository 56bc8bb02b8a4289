package org.whistle.classifier;

/** A new model version was stored; nodes switch to it (this one at once, others at their next check). */
public record ModelPublished(long version) {
}
