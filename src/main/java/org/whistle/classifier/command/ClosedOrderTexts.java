package org.whistle.classifier.command;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.classifier.model.LabeledText;
import org.whistle.workorder.CategorisedText;
import org.whistle.workorder.WorkOrders;

/**
 * The hotline's own closed orders as labelled texts: title and content, labelled with the name of
 * their category at the chosen level of the taxonomy (a level-3 order learns as its level-1
 * ancestor when the level is 1). Orders whose category the catalog does not know are left out.
 */
@Component
class ClosedOrderTexts {

	private final WorkOrders orders;

	private final Catalog catalog;

	ClosedOrderTexts(WorkOrders orders, Catalog catalog) {
		this.orders = orders;
		this.catalog = catalog;
	}

	List<LabeledText> read(int level, int limit) {
		return orders.closedWithCategory(limit).stream().map(text -> labelled(text, level)).filter(Objects::nonNull)
			.toList();
	}

	private LabeledText labelled(CategorisedText text, int level) {
		List<Category> path = catalog.path(text.categoryCode());
		if (path.isEmpty()) {
			return null;
		}
		Category category = path.get(Math.min(level, path.size()) - 1);
		return new LabeledText(category.name(), text.title() + "\n" + text.content());
	}
}
