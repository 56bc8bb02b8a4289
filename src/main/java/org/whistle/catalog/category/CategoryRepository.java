package org.whistle.catalog.category;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.whistle.catalog.Category;

@Repository
class CategoryRepository {

	private static final String SELECT = "SELECT code, name, level, parent_code, active FROM catalog_category ";

	private final JdbcClient jdbc;

	CategoryRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Category> all() {
		return jdbc.sql(SELECT + "ORDER BY code").query(CategoryRepository::category).list();
	}

	List<Category> active() {
		return jdbc.sql(SELECT + "WHERE active ORDER BY code").query(CategoryRepository::category).list();
	}

	Optional<Category> find(String code) {
		return jdbc.sql(SELECT + "WHERE code = ?").param(code).query(CategoryRepository::category).optional();
	}

	List<Category> children(String parentCode) {
		String where = parentCode == null ? "WHERE parent_code IS NULL " : "WHERE parent_code = :parent ";
		var statement = jdbc.sql(SELECT + where + "ORDER BY code");
		if (parentCode != null) {
			statement = statement.param("parent", parentCode);
		}
		return statement.query(CategoryRepository::category).list();
	}

	boolean isEmpty() {
		return jdbc.sql("SELECT COUNT(*) FROM catalog_category").query(Long.class).single() == 0;
	}

	void insert(Category category) {
		jdbc.sql("INSERT INTO catalog_category (code, name, level, parent_code, active) VALUES (?, ?, ?, ?, ?)")
			.params(category.code(), category.name(), category.level(), category.parentCode(), category.active())
			.update();
	}

	void update(Category category) {
		jdbc.sql("UPDATE catalog_category SET name = ?, active = ? WHERE code = ?")
			.params(category.name(), category.active(), category.code())
			.update();
	}

	/** Retires a category and everything below it. */
	void deactivateWithDescendants(String code) {
		jdbc.sql("UPDATE catalog_category SET active = FALSE WHERE code LIKE ?").param(code + "%").update();
	}

	private static Category category(ResultSet row, int number) throws SQLException {
		return new Category(row.getString("code"), row.getString("name"), row.getInt("level"),
				row.getString("parent_code"), row.getBoolean("active"));
	}
}
