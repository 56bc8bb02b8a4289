package org.whistle.classifier;

/** A category the classifier proposes for a text, with its probability (0–1). */
public record Suggestion(String category, double probability) {
}
