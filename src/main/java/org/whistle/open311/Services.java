package org.whistle.open311;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;

/** The services of Open311: the active level-3 categories of the taxonomy, with their attributes. */
@Service
public class Services {

	private final Catalog catalog;
	private final AttributeStore attributes;

	Services(Catalog catalog, AttributeStore attributes) {
		this.catalog = catalog;
		this.attributes = attributes;
	}

	public List<Open311Service> list() {
		List<Category> active = catalog.categories();
		Map<String, Category> byCode = active.stream().collect(Collectors.toMap(Category::code, Function.identity()));
		boolean everyService = attributes.anyForEveryService();
		Set<String> withOwn = new HashSet<>(attributes.servicesWithOwnAttributes());
		return active.stream()
			.filter(c -> c.level() == 3)
			.map(c -> service(c, byCode.get(c.parentCode()), byCode.get(c.code().substring(0, 2)),
					everyService || withOwn.contains(c.code())))
			.toList();
	}

	/** The service with this code, if citizens may choose it. */
	public Optional<Open311Service> find(String code) {
		return catalog.category(code)
			.filter(c -> c.active() && c.level() == 3)
			.map(c -> {
				List<Category> path = catalog.path(c.code());
				return service(c, path.get(1), path.get(0), !attributes.of(c.code()).isEmpty());
			});
	}

	/** The attributes of a service citizens may choose. */
	public List<ServiceAttribute> attributes(Open311Service service) {
		return attributes.of(service.code());
	}

	private static Open311Service service(Category category, Category parent, Category top, boolean metadata) {
		String parentName = parent == null ? null : parent.name();
		String topName = top == null ? null : top.name();
		String description = String.join(" / ", Stream.of(topName, parentName, category.name())
			.filter(Objects::nonNull).toList());
		String keywords = String.join(",", Stream.of(parentName, category.name()).filter(Objects::nonNull).toList());
		return new Open311Service(category.code(), category.name(), description, topName, keywords, metadata);
	}
}
