package org.whistle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whistle.BulkLoad;
import org.whistle.Command;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderService;

/**
 * {@code demo-history} writes real orders (readable through the work-order API, with their
 * history) and the scorecard facts of the same orders in one bulk path; the scorecard of the
 * month then adds up to every order, and its Excel export holds the numbers of its table. The
 * bulk path leaves the indexes and foreign keys of the loaded tables as it found them.
 */
@SpringBootTest
class DemoHistoryTests {

	@Autowired
	List<Command> commands;

	@Autowired
	Scorecards scorecards;

	@Autowired
	WorkOrderService orders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void a_month_of_history_is_scored_down_to_every_order_and_exported_to_excel_as_on_the_page() throws Exception {
		Command demoHistory = commands.stream().filter(c -> c.name().equals("demo-history")).findFirst().orElseThrow();
		List<String> loaded = List.of("work_order", "work_order_co_unit", "work_order_history", "scorecard_fact");
		List<BulkLoad.Structure> structures = BulkLoad.structures(dataSource, loaded);
		var out = new ByteArrayOutputStream();
		int exit = demoHistory.run(List.of("--months", "1", "--orders-per-day", "40", "--end", "2032-02", "--publish",
				"no", "--seed", "7"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
		assertThat(exit).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("2032-02: 1,160 orders");
		assertThat(BulkLoad.structures(dataSource, loaded)).isEqualTo(structures);

		Period month = Period.parse("2032-02");
		long received = 0;
		for (Level level : List.of(Level.STREET, Level.DEPARTMENT, Level.COMPANY)) {
			received += scorecards.evaluate(month, level, null).units().stream().mapToLong(u -> u.tally().received())
				.sum();
		}
		assertThat(received).isEqualTo(1_160);
		Scorecard districts = scorecards.evaluate(month, Level.DISTRICT, null);
		assertThat(districts.units().stream().mapToLong(u -> u.tally().received()).sum()).isEqualTo(1_160);
		assertThat(districts.units()).allSatisfy(u -> assertThat(u.rates().composite()).isNotNull());

		Scorecard streets = scorecards.evaluate(month, Level.STREET, null);
		UnitScore worst = streets.units().stream().filter(u -> u.rank() > 0).reduce((a, b) -> b).orElseThrow();
		Staff analyst = new Staff(1, "analyst", "分析员", 1, Set.of(Role.ANALYST));
		List<Fact> against = scorecards.against(month, Level.STREET, worst.key());
		assertThat(against).isNotEmpty();
		var order = orders.findFor(against.get(0).orderId(), analyst).orElseThrow();
		assertThat(order.leadUnitId()).isEqualTo(worst.unitId());
		assertThat(orders.history(order.id(), analyst)).extracting(h -> h.action()).startsWith("register", "dispatch",
				"sign");
		assertThat(order.status()).isIn(OrderStatus.CLOSED, OrderStatus.DISPATCHED);

		var excel = new ByteArrayOutputStream();
		ScorecardTable.excel(streets, excel);
		List<List<String>> sheet = new ArrayList<>();
		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
			workbook.getSheetAt(0).forEach(row -> {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(cell.getCellType() == CellType.NUMERIC
						? text(cell.getNumericCellValue(), sheet.isEmpty() ? 0 : cells.size()) : cell.getStringCellValue()));
				sheet.add(cells);
			});
		}
		assertThat(sheet.get(0)).isEqualTo(ScorecardTable.HEADER);
		assertThat(sheet.subList(1, sheet.size())).isEqualTo(ScorecardTable.rows(streets));
	}

	/** Counts and ranks print as integers, rates and changes with two decimals, as on the page. */
	private static String text(double value, int column) {
		int composite = ScorecardTable.HEADER.indexOf("response");
		int tier = ScorecardTable.HEADER.indexOf("tier");
		if (column >= composite && column < tier) {
			String number = BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
			return column == ScorecardTable.HEADER.indexOf("change") && value > 0 ? "+" + number : number;
		}
		return Long.toString((long) value);
	}
}
