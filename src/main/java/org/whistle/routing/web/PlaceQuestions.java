package org.whistle.routing.web;

import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.whistle.routing.Doubt;
import org.whistle.routing.PlaceCandidate;
import org.whistle.routing.PlaceGuess;

/** What to ask the operator when the place is not sure, in their language; {@code null} when sure. */
@Component
class PlaceQuestions {

	private final MessageSource messages;

	PlaceQuestions(MessageSource messages) {
		this.messages = messages;
	}

	String of(PlaceGuess guess, Locale locale) {
		if (guess.doubt() == Doubt.NONE) {
			return null;
		}
		String best = guess.best().map(PlaceCandidate::name).orElse("");
		String others = guess.candidates().stream().map(PlaceCandidate::name).collect(Collectors.joining("、"));
		return messages.getMessage("routing.doubt." + guess.doubt(), new Object[] { best, others }, locale);
	}
}
