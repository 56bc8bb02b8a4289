package org.whistle.catalog.category;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.audit.AuditRecord;
import org.whistle.catalog.Category;
import org.whistle.catalog.input.CsvFiles;
import org.whistle.catalog.input.CsvTable;
import org.whistle.catalog.input.ImportResult;

/** The taxonomy as a CSV file: {@code code,name,level,parent_code,active}. */
@Service
public class CategoryCsv {

	private final CategoryRepository categories;

	private final ApplicationEventPublisher events;

	CategoryCsv(CategoryRepository categories, ApplicationEventPublisher events) {
		this.categories = categories;
		this.events = events;
	}

	public void export(Writer target) throws IOException {
		List<String> columns = new ArrayList<>(CategoryImport.COLUMNS);
		columns.add(CategoryImport.ACTIVE);
		try (CSVPrinter printer = CsvFiles.write(target, columns)) {
			for (Category category : categories.all()) {
				printer.printRecord(category.code(), category.name(), category.level(), category.parentCode(),
						category.active());
			}
		}
	}

	/** Upserts the file's categories by code; a file with any violation changes nothing. */
	@Transactional
	public ImportResult importFrom(InputStream source) {
		CsvTable table = CsvFiles.read(source, CategoryImport.COLUMNS);
		if (!table.violations().isEmpty()) {
			return ImportResult.rejected(table.violations());
		}
		CategoryImport.Plan plan = CategoryImport.plan(table.rows(), categories.all());
		if (!plan.violations().isEmpty()) {
			return ImportResult.rejected(plan.violations());
		}
		plan.created().forEach(categories::insert);
		plan.changed().forEach(categories::update);
		plan.created().forEach(created -> events.publishEvent(AuditRecord.of("category.created", "category", created.code(),
				AuditRecord.detail("name", created.name(), "parentCode", created.parentCode(), "source", "csv"))));
		plan.changed().forEach(changed -> events.publishEvent(AuditRecord.of("category.updated", "category", changed.code(),
				AuditRecord.detail("name", changed.name(), "active", changed.active(), "source", "csv"))));
		return new ImportResult(plan.created().size(), plan.changed().size(), plan.unchanged(), List.of());
	}
}
