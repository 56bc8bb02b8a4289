package org.whistle.catalog.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvFilesTest {

	@Test
	void an_export_starts_with_a_byte_order_mark_and_reads_back_with_quotes_and_commas() throws Exception {
		var out = new StringWriter();
		try (var printer = CsvFiles.write(out, List.of("code", "name"))) {
			printer.printRecord("01", "城乡建设, \"其他\"");
		}

		assertThat(out.toString()).startsWith("\uFEFFcode,name");
		CsvTable table = CsvFiles.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)),
				List.of("code", "name"));
		assertThat(table.violations()).isEmpty();
		assertThat(table.rows()).singleElement().satisfies(row -> {
			assertThat(row.row()).isEqualTo(2);
			assertThat(row.get("name")).isEqualTo("城乡建设, \"其他\"");
		});
	}

	@Test
	void comments_and_blank_lines_are_skipped_and_rows_are_numbered_from_the_header() {
		CsvTable table = read("# source\ncode,name\n01,a\n\n02,b\n");

		assertThat(table.rows()).extracting(CsvRow::row).containsExactly(2, 3);
	}

	@Test
	void a_file_in_another_encoding_is_refused() {
		byte[] gbk = "code,name\n01,城乡建设\n".getBytes(Charset.forName("GBK"));

		CsvTable table = CsvFiles.read(new ByteArrayInputStream(gbk), List.of("code", "name"));

		assertThat(table.violations()).extracting(v -> v.violation().code()).containsExactly("catalog.import.notUtf8");
	}

	@Test
	void a_row_with_the_wrong_number_of_cells_is_reported() {
		CsvTable table = read("code,name\n01,a,extra\n02,b\n");

		assertThat(table.violations()).extracting(RowViolation::row).containsExactly(2);
		assertThat(table.rows()).extracting(CsvRow::row).containsExactly(3);
	}

	@Test
	void an_empty_file_lacks_every_column() {
		assertThat(read("").violations()).extracting(v -> v.violation().args()).containsExactly(List.of("code"),
				List.of("name"));
	}

	static CsvTable read(String text) {
		return CsvFiles.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), List.of("code", "name"));
	}
}
