package org.whistle.catalog;

import java.util.List;
import java.util.Optional;

/** The taxonomy requests are classified by: three levels of categories, ordered by code. */
public interface Catalog {

	/** The active categories of every level. */
	List<Category> categories();

	/** Any category by code, retired ones included. */
	Optional<Category> category(String code);

	/** The active categories under {@code parentCode}; the top level when it is {@code null}. */
	List<Category> children(String parentCode);

	/** The category and its ancestors, top level first; empty for an unknown code. */
	List<Category> path(String code);
}
