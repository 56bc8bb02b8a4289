package org.whistle.catalog.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The catalog's CSV dialect: RFC 4180, UTF-8 with a byte order mark on export (so that
 * spreadsheets read it as UTF-8) and with or without one on import, a header row, and lines
 * starting with {@code #} taken as comments.
 */
public final class CsvFiles {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private static final CSVFormat READ = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setCommentMarker('#')
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private CsvFiles() {
	}

	/**
	 * Reads a UTF-8 file whose header must name every required column; other columns are kept
	 * too. Any other encoding is refused rather than read as garbled names.
	 */
	public static CsvTable read(InputStream source, List<String> requiredColumns) {
		List<CsvRow> rows = new ArrayList<>();
		List<RowViolation> violations = new ArrayList<>();
		var utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (CSVParser parser = READ.parse(withoutByteOrderMark(new InputStreamReader(source, utf8)))) {
			List<String> columns = parser.getHeaderNames();
			requiredColumns.stream()
				.filter(column -> !columns.contains(column))
				.forEach(column -> violations
					.add(new RowViolation(1, Violation.of(column, "catalog.import.missingColumn", column))));
			for (CSVRecord record : parser) {
				int row = (int) record.getRecordNumber() + 1;
				if (!record.isConsistent()) {
					violations.add(new RowViolation(row, Violation.of(null, "catalog.import.columnCount", columns.size())));
				}
				else {
					rows.add(new CsvRow(row, cells(record)));
				}
			}
		}
		catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			int row = rows.size() + violations.size() + 2;
			violations.add(new RowViolation(row, unreadable(e)));
		}
		return new CsvTable(rows, violations);
	}

	/** Starts a file with the byte order mark and the header; the caller prints the rows. */
	public static CSVPrinter write(Writer target, List<String> columns) throws IOException {
		target.write(BYTE_ORDER_MARK);
		return CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(target);
	}

	private static Violation unreadable(Exception e) {
		Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
		if (cause instanceof CharacterCodingException) {
			return Violation.of(null, "catalog.import.notUtf8");
		}
		return Violation.of(null, "catalog.import.unreadable", String.valueOf(cause.getMessage()));
	}

	private static Map<String, String> cells(CSVRecord record) {
		Map<String, String> cells = new LinkedHashMap<>();
		record.toMap().forEach((column, value) -> cells.put(column, value == null ? "" : value));
		return cells;
	}

	private static Reader withoutByteOrderMark(Reader source) throws IOException {
		PushbackReader reader = new PushbackReader(source, 1);
		int first = reader.read();
		if (first != -1 && first != BYTE_ORDER_MARK) {
			reader.unread(first);
		}
		return reader;
	}
}
