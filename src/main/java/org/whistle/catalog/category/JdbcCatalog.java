package org.whistle.catalog.category;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.whistle.audit.AuditedCaches;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;

import com.github.benmanes.caffeine.cache.Cache;

@Component
class JdbcCatalog implements Catalog {

	private final CategoryRepository categories;

	/** Categories by code: intake looks up a request's category and its path every time. */
	private final Cache<String, Category> byCode;

	JdbcCatalog(CategoryRepository categories, AuditedCaches caches) {
		this.categories = categories;
		this.byCode = caches.cache("category", Duration.ofMinutes(1));
	}

	@Override
	public List<Category> categories() {
		return categories.active();
	}

	@Override
	public Optional<Category> category(String code) {
		return code == null ? Optional.empty()
				: Optional.ofNullable(byCode.get(code, c -> categories.find(c).orElse(null)));
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
		Collections.reverse(codes);
		List<Category> path = codes.stream().map(this::category).flatMap(Optional::stream).toList();
		return path.size() == codes.size() ? path : List.of();
	}
}
