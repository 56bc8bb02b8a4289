package org.whistle.catalog.category;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;
import org.whistle.catalog.input.CsvFiles;
import org.whistle.catalog.input.CsvTable;

/**
 * Fills an empty taxonomy with the bundled one ({@code catalog/categories.csv}, the tipdm
 * 2020 contest taxonomy) as part of the schema migration, so that it is there in every mode
 * before anything reads it.
 */
@Component
class V1_2_1__CatalogCategories extends BaseJavaMigration {

	static final String BUNDLED = "catalog/categories.csv";

	@Override
	public void migrate(Context context) throws IOException {
		var repository = new CategoryRepository(
				JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true)));
		if (!repository.isEmpty()) {
			return;
		}
		bundled().created().forEach(repository::insert);
	}

	static CategoryImport.Plan bundled() throws IOException {
		try (InputStream file = new ClassPathResource(BUNDLED).getInputStream()) {
			CsvTable table = CsvFiles.read(file, CategoryImport.COLUMNS);
			CategoryImport.Plan plan = CategoryImport.plan(table.rows(), List.of());
			if (!table.violations().isEmpty() || !plan.violations().isEmpty()) {
				throw new IllegalStateException(BUNDLED + " is invalid: " + table.violations() + plan.violations());
			}
			return plan;
		}
	}
}
