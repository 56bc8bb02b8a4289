package org.whistle.catalog.category;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;
import org.whistle.catalog.Category;
import org.whistle.catalog.input.InvalidInputException;
import org.whistle.catalog.input.Violation;

/**
 * Edits the taxonomy. Codes never change: a rename keeps the code, a new category takes the
 * next free code under its parent, and retiring a category retires everything below it.
 */
@Service
public class Taxonomy {

	private final CategoryRepository categories;

	private final ApplicationEventPublisher events;

	Taxonomy(CategoryRepository categories, ApplicationEventPublisher events) {
		this.categories = categories;
		this.events = events;
	}

	/** Every category, retired ones included, ordered by code. */
	public List<Category> all() {
		return categories.all();
	}

	public Optional<Category> find(String code) {
		return categories.find(code);
	}

	@Transactional
	public Category add(String parentCode, String name) {
		String parent = parentCode == null || parentCode.isBlank() ? null : parentCode;
		if (parent != null) {
			Category above = existing(parent);
			if (!above.active() || above.level() >= CategoryRules.MAX_LEVEL) {
				throw rejected(Violation.of("parentCode", "catalog.error.cannotAddUnder", parent));
			}
		}
		List<Category> siblings = categories.children(parent);
		checkName(name, siblings, null);
		String code = CategoryRules.nextCode(parent, siblings.stream().map(Category::code).toList())
			.orElseThrow(() -> rejected(Violation.of("parentCode", "catalog.error.noFreeCode", String.valueOf(parent))));
		Category category = new Category(code, name.strip(), CategoryRules.levelOf(code), parent, true);
		categories.insert(category);
		events.publishEvent(AuditRecord.of("category.created", "category", code,
				AuditRecord.detail("name", category.name(), "parentCode", parent)));
		return category;
	}

	@Transactional
	public Category rename(String code, String name) {
		Category category = existing(code);
		checkName(name, categories.children(category.parentCode()), code);
		Category renamed = new Category(code, name.strip(), category.level(), category.parentCode(), category.active());
		categories.update(renamed);
		events.publishEvent(AuditRecord.of("category.renamed", "category", code, AuditRecord.detail("name", renamed.name())));
		return renamed;
	}

	/** Retires a category and its descendants; rules and old orders keep referring to them. */
	@Transactional
	public void deactivate(String code) {
		existing(code);
		categories.deactivateWithDescendants(code);
		events.publishEvent(AuditRecord.of("category.deactivated", "category", code,
				AuditRecord.detail("withDescendants", true)));
	}

	/** Puts a retired category back, not its descendants; its parent must be active. */
	@Transactional
	public void activate(String code) {
		Category category = existing(code);
		if (category.parentCode() != null && !existing(category.parentCode()).active()) {
			throw rejected(Violation.of(null, "catalog.error.parentInactive", code, category.parentCode()));
		}
		categories.update(new Category(code, category.name(), category.level(), category.parentCode(), true));
		events.publishEvent(AuditRecord.of("category.activated", "category", code, ""));
	}

	private Category existing(String code) {
		return categories.find(code).orElseThrow(() -> rejected(Violation.of(null, "catalog.error.unknownCategory", code)));
	}

	private static void checkName(String name, List<Category> siblings, String ownCode) {
		CategoryRules.checkName(name).ifPresent(violation -> {
			throw rejected(violation);
		});
		siblings.stream()
			.filter(sibling -> sibling.name().equals(name.strip()) && !sibling.code().equals(ownCode))
			.findFirst()
			.ifPresent(sibling -> {
				throw rejected(Violation.of("name", "catalog.error.duplicateName", name.strip(), sibling.code()));
			});
	}

	private static InvalidInputException rejected(Violation violation) {
		return new InvalidInputException(List.of(violation));
	}
}
