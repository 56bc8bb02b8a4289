package org.whistle.portal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;

/** Suggestions for the category box: active categories whose name or path holds the words typed, most specific first. */
@Component
public class CategorySearch {

	static final int MAX = 10;

	private final Catalog catalog;

	CategorySearch(Catalog catalog) {
		this.catalog = catalog;
	}

	/** A category to choose, with its full path ({@code 城乡建设 › 供热 › 冬季采暖}). */
	public record Suggestion(String code, String path) {
	}

	public List<Suggestion> suggest(String typed) {
		String query = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
		if (query.isEmpty()) {
			return List.of();
		}
		Map<String, Category> byCode = catalog.categories().stream()
			.collect(Collectors.toMap(Category::code, Function.identity()));
		return byCode.values().stream()
			.map(category -> new Suggestion(category.code(), path(category, byCode)))
			.filter(s -> s.path().toLowerCase(Locale.ROOT).contains(query) || s.code().startsWith(query))
			.sorted(Comparator.comparingInt((Suggestion s) -> -s.code().length()).thenComparing(Suggestion::code))
			.limit(MAX)
			.toList();
	}

	private static String path(Category category, Map<String, Category> byCode) {
		List<String> names = new ArrayList<>();
		for (Category c = category; c != null; c = c.parentCode() == null ? null : byCode.get(c.parentCode())) {
			names.add(0, c.name());
		}
		return String.join(" › ", names);
	}
}
