package org.whistle.catalog.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.whistle.catalog.Category;

/** A category with the categories below it, as the tree on the page shows them. */
record CategoryNode(Category category, List<CategoryNode> children) {

	/**
	 * The tree of the categories, ordered by code; with a query, only the categories whose code
	 * starts with it or whose name contains it, and their ancestors.
	 */
	static List<CategoryNode> tree(List<Category> categories, String query) {
		Set<String> shown = shown(categories, query.strip().toLowerCase(Locale.ROOT));
		Map<String, List<CategoryNode>> childrenOf = new LinkedHashMap<>();
		List<CategoryNode> roots = new ArrayList<>();
		for (Category category : categories) {
			if (!shown.contains(category.code())) {
				continue;
			}
			var node = new CategoryNode(category, new ArrayList<>());
			childrenOf.put(category.code(), node.children());
			(category.parentCode() == null ? roots : childrenOf.get(category.parentCode())).add(node);
		}
		return roots;
	}

	private static Set<String> shown(List<Category> categories, String query) {
		Set<String> shown = new HashSet<>();
		for (Category category : categories) {
			if (query.isEmpty() || category.code().startsWith(query)
					|| category.name().toLowerCase(Locale.ROOT).contains(query)) {
				for (String code = category.code(); code.length() >= 2; code = code.substring(0, code.length() - 2)) {
					shown.add(code);
				}
			}
		}
		return shown;
	}
}
