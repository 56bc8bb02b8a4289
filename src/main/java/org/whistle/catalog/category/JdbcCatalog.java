package org.whistle.catalog.category;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;

@Component
class JdbcCatalog implements Catalog {

	private final CategoryRepository categories;

	JdbcCatalog(CategoryRepository categories) {
		this.categories = categories;
	}

	@Override
	public List<Category> categories() {
		return categories.active();
	}

	@Override
	public Optional<Category> category(String code) {
		return code == null ? Optional.empty() : categories.find(code);
	}

	@Override
	public List<Category> children(String parentCode) {
		return categories.children(parentCode).stream().filter(Category::active).toList();
	}

	@Override
	public List<Category> path(String code) {
		if (!CategoryRules.isValidCode(code)) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		for (String c = code; c != null; c = CategoryRules.parentOf(c)) {
			codes.add(c);
		}
		List<Category> path = categories.byCodes(codes);
		return path.size() == codes.size() ? path : List.of();
	}
}
