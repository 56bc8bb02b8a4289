package org.whistle.workorder;

/** The category and the words of a closed order: what a classifier learns from (no caller data). */
public record CategorisedText(String categoryCode, String title, String content) {
}
