package org.whistle.routing.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whistle.audit.AuditEvent;
import org.whistle.audit.AuditTrail;
import org.whistle.routing.PlaceKind;

/** {@code places-import}: a real city's compounds join the gazetteer at once, or nothing does. */
@SpringBootTest
@AutoConfigureMockMvc
class PlacesImportTests {

	@Autowired
	PlacesImportCommand command;

	@Autowired
	PlaceIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@TempDir
	Path dir;

	@Test
	void imported_compounds_are_found_in_words_and_the_import_is_audited() throws Exception {
		Path csv = Files.writeString(dir.resolve("places.csv"),
				"kind,name,aliases,lat,lon\nCOMPOUND,导入测试家园,导入测试家园小区,39.95,116.40\n", StandardCharsets.UTF_8);

		int status = command.run(List.of("--input", csv.toString()), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(new ByteArrayOutputStream()));

		assertThat(status).isZero();
		assertThat(index.match("导入测试家园小区3号楼漏水").best())
			.hasValueSatisfying(best -> assertThat(best.kind()).isEqualTo(PlaceKind.COMPOUND));
		assertThat(audit.of("gazetteer", "places")).extracting(AuditEvent::action).contains("places.imported");
	}

	@Test
	void a_file_with_a_place_outside_the_city_imports_nothing() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM routing_place").query(Long.class).single();
		Path csv = Files.writeString(dir.resolve("places.csv"),
				"kind,name,aliases,lat,lon\nCOMPOUND,城内苑,,39.95,116.40\nCOMPOUND,城外苑,,31.2,121.4\n",
				StandardCharsets.UTF_8);
		var err = new ByteArrayOutputStream();

		int status = command.run(List.of("--input", csv.toString()), new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));

		assertThat(status).isEqualTo(1);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 3").contains("nothing imported");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM routing_place").query(Long.class).single()).isEqualTo(before);
	}
}
