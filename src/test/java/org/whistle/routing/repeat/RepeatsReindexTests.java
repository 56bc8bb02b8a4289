package org.whistle.routing.repeat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.whistle.catalog.RequestType;
import org.whistle.catalog.Urgency;
import org.whistle.intake.Intake;
import org.whistle.intake.NewRequest;
import org.whistle.routing.DemoCompounds;
import org.whistle.routing.DemoCompounds.Compound;
import org.whistle.workorder.Channel;

/** {@code repeats-reindex} files again the open orders the index lacks, e.g. those from before routing was installed. */
@SpringBootTest
class RepeatsReindexTests {

	@Autowired
	RepeatsReindexCommand command;

	@Autowired
	Intake intake;

	@Autowired
	OpenOrders index;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_open_order_missing_from_the_index_is_filed_again_and_one_without_a_point_is_not() throws Exception {
		Compound c = new DemoCompounds(jdbc, 97, 3).next();
		long pinned = register(c.name() + "3号楼", c.lat(), c.lon());
		long unpinned = register(c.name() + "4号楼", null, null);
		index.remove(pinned);
		assertThat(filed(pinned)).isFalse();

		var out = new ByteArrayOutputStream();
		int exit = command.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

		assertThat(exit).isZero();
		assertThat(filed(pinned)).isTrue();
		assertThat(filed(unpinned)).isFalse();
		assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("read \\d+ open orders, filed \\d+");
	}

	private long register(String address, Double lat, Double lon) {
		return intake.registerFromCaller(new NewRequest(Channel.WEB, RequestType.COMPLAINT, "孙七", "13800002222", null,
				address, lat, lon, "011003", "楼道灯坏了", "楼道灯坏了半个月，物业一直不修。", Urgency.NORMAL)).id();
	}

	private boolean filed(long orderId) {
		return jdbc.sql("SELECT COUNT(*) FROM routing_open_order WHERE order_id = :id").param("id", orderId)
			.query(Integer.class).single() == 1;
	}
}
