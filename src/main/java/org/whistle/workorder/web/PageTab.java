package org.whistle.workorder.web;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One tab of a queue page: its name (the message key's last part), link, count, and whether it is open. */
record PageTab(String name, String href, long count, boolean current) {

	/** A tab for each of the values, the current one marked. */
	static <T extends Enum<T>> List<PageTab> of(T[] values, T current, Function<T, String> link,
			ToLongFunction<T> count) {
		return Arrays.stream(values)
			.map(value -> new PageTab(value.name(), link.apply(value), count.applyAsLong(value), value == current))
			.toList();
	}
}
