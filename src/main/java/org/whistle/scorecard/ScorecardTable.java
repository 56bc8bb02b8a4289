package org.whistle.scorecard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A scorecard as the text of its cells: the one source of the ranking table on the page, the CSV
 * and Excel exports, the API's formatted numbers and the command's output, so that they all say
 * exactly the same.
 */
public final class ScorecardTable {

	public static final List<String> HEADER = List.of("rank", "code", "unit", "received", "dispatched",
			"signed_on_time", "contacted_on_time", "replied_on_time", "overdue", "reopened", "excluded", "callbacks",
			"response", "resolution", "satisfaction", "composite", "change", "tier");

	private ScorecardTable() {
	}

	public static List<List<String>> rows(Scorecard card) {
		List<List<String>> rows = new ArrayList<>();
		for (UnitScore s : card.units()) {
			Tally t = s.tally();
			rows.add(List.of(s.rank() == 0 ? "" : Integer.toString(s.rank()), s.code(), s.name(),
					Long.toString(t.received()), Long.toString(t.dispatched()), Long.toString(t.signedOnTime()),
					Long.toString(t.contactedOnTime()), Long.toString(t.repliedOnTime()), Long.toString(t.overdue()),
					Long.toString(t.reopened()), Long.toString(t.excluded()), Long.toString(t.callbacks()),
					number(s.rates().response()), number(s.rates().resolution()), number(s.rates().satisfaction()),
					number(s.rates().composite()), change(s.change()), s.tier() == 0 ? "" : Integer.toString(s.tier())));
		}
		return rows;
	}

	public static String number(BigDecimal value) {
		return value == null ? "" : value.setScale(2).toPlainString();
	}

	public static String change(BigDecimal value) {
		return value == null ? "" : (value.signum() > 0 ? "+" : "") + number(value);
	}

	public static void csv(Scorecard card, Writer out) throws IOException {
		// Not closed: the caller owns the writer (standard output, a response).
		CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
		printer.printRecord(HEADER);
		for (List<String> row : rows(card)) {
			printer.printRecord(row);
		}
		printer.flush();
	}

	/** The same cells in one sheet; counts and rates as numbers, so that Excel can sum and chart them. */
	public static void excel(Scorecard card, OutputStream out) throws IOException {
		try (var workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet(card.period() + " " + card.level().param());
			var header = sheet.createRow(0);
			for (int c = 0; c < HEADER.size(); c++) {
				header.createCell(c).setCellValue(HEADER.get(c));
			}
			List<List<String>> rows = rows(card);
			for (int r = 0; r < rows.size(); r++) {
				var row = sheet.createRow(r + 1);
				List<String> cells = rows.get(r);
				for (int c = 0; c < cells.size(); c++) {
					String text = cells.get(c);
					if (c == 1 || c == 2 || text.isEmpty()) {
						row.createCell(c).setCellValue(text);
					}
					else {
						row.createCell(c).setCellValue(new BigDecimal(text).doubleValue());
					}
				}
			}
			workbook.write(out);
		}
	}
}
