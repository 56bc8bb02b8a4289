package org.whistle.scorecard;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The months a scorecard covers: one month ({@code 2026-10}, the usual case), a quarter
 * ({@code 2026-Q4}) or a year ({@code 2026}). Orders belong to the month they were received in.
 */
public record Period(YearMonth first, YearMonth last) {

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	public Period {
		if (last.isBefore(first)) {
			throw new IllegalArgumentException("a period ends after it starts");
		}
	}

	public static Period month(YearMonth month) {
		return new Period(month, month);
	}

	public static Period parse(String text) {
		String value = text == null ? "" : text.strip();
		Matcher quarter = QUARTER.matcher(value);
		if (quarter.matches()) {
			YearMonth start = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
			return new Period(start, start.plusMonths(2));
		}
		if (YEAR.matcher(value).matches()) {
			int year = Integer.parseInt(value);
			return new Period(YearMonth.of(year, 1), YearMonth.of(year, 12));
		}
		try {
			return month(YearMonth.parse(value));
		}
		catch (DateTimeParseException e) {
			throw new IllegalArgumentException("period must be a month (2026-10), a quarter (2026-Q4) or a year (2026): "
					+ text);
		}
	}

	public boolean isMonth() {
		return first.equals(last);
	}

	public int months() {
		return (int) (last.getYear() * 12L + last.getMonthValue() - first.getYear() * 12L - first.getMonthValue()) + 1;
	}

	/** The period of the same length just before this one. */
	public Period previous() {
		return new Period(first.minusMonths(months()), first.minusMonths(1));
	}

	/** The month as stored in the facts: yyyymm. */
	static int key(YearMonth month) {
		return month.getYear() * 100 + month.getMonthValue();
	}

	@Override
	public String toString() {
		if (isMonth()) {
			return first.toString();
		}
		if (months() == 12 && first.getMonthValue() == 1) {
			return Integer.toString(first.getYear());
		}
		if (months() == 3 && first.getMonthValue() % 3 == 1) {
			return first.getYear() + "-Q" + (first.getMonthValue() + 2) / 3;
		}
		return first + ".." + last;
	}
}
