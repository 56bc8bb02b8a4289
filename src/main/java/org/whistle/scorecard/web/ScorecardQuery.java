package org.whistle.scorecard.web;

import java.time.Clock;
import java.time.YearMonth;

import org.whistle.scorecard.Level;
import org.whistle.scorecard.Period;

/** The period, level and category of a request, with their defaults: last month, street offices. */
record ScorecardQuery(Period period, Level level, String category) {

	static ScorecardQuery of(String period, String level, String category, Clock clock) {
		return new ScorecardQuery(
				period == null || period.isBlank() ? Period.month(YearMonth.now(clock).minusMonths(1)) : Period.parse(period),
				level == null || level.isBlank() ? Level.STREET : Level.parse(level),
				category == null || category.isBlank() ? null : checkedCategory(category.strip()));
	}

	private static String checkedCategory(String category) {
		if (!category.matches("\\d{2,6}")) {
			throw new IllegalArgumentException("category must be a category code such as 01: " + category);
		}
		return category;
	}
}
