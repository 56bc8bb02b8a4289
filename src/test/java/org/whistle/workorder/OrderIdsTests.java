package org.whistle.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Order ids come from the sequence a block at a time. */
@SpringBootTest
class OrderIdsTests {

	@Autowired
	OrderIds ids;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_node_hands_out_ids_of_its_block_in_ascending_order_and_takes_the_sequence_a_block_at_a_time() {
		long before = sequence();
		List<Long> taken = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			taken.add(ids.next());
		}
		long after = sequence();

		assertThat(taken).doesNotHaveDuplicates().isSorted().allMatch(id -> id < after);
		assertThat(after - before).as("two blocks at most for 40 ids").isLessThanOrEqualTo(2L * OrderIds.BLOCK + 1);
		assertThat(ids.reserve(3)).isSorted().allMatch(id -> id > after);
	}

	private long sequence() {
		return jdbc.sql("SELECT NEXTVAL('work_order_seq')").query(Long.class).single();
	}
}
