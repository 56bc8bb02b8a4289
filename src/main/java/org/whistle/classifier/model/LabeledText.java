package org.whistle.classifier.model;

/** A text with the category a person gave it. */
public record LabeledText(String label, String text) {
}
