package org.whistle.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.whistle.knowledge.KnowledgeChanged;
import org.whistle.knowledge.KnowledgeEntry;
import org.whistle.knowledge.KnowledgeHit;

class KnowledgeIndexTest {

	private final EntryList entries = new EntryList();

	private KnowledgeIndex index;

	@AfterEach
	void close() throws IOException {
		index.close();
	}

	@Test
	void the_index_fills_itself_at_the_first_search() {
		searchedStreetLights(Duration.ZERO);

		assertThat(entries.revisionsAsked()).isOne();
	}

	@Test
	void a_change_made_elsewhere_is_found_at_the_next_check() {
		long id = searchedStreetLights(Duration.ZERO);

		entries.save(changed(id, "道路照明报修", true));

		assertThat(index.search("照明", 5)).extracting(KnowledgeHit::title).containsExactly("道路照明报修");
		assertThat(index.search("路灯", 5)).extracting(KnowledgeHit::title).containsExactly("道路照明报修");
	}

	@Test
	void a_deactivated_entry_is_found_no_more() {
		long id = searchedStreetLights(Duration.ZERO);

		entries.save(changed(id, "路灯不亮报修", false));

		assertThat(index.search("路灯", 5)).isEmpty();
	}

	@Test
	void between_checks_only_a_change_on_this_node_makes_the_index_ask_again() {
		long id = searchedStreetLights(Duration.ofHours(1));
		index.search("路灯", 5);
		assertThat(entries.revisionsAsked()).isOne();

		entries.save(changed(id, "道路照明报修", true));
		assertThat(index.search("照明", 5)).isEmpty();

		index.changed(new KnowledgeChanged(id));
		assertThat(index.search("照明", 5)).extracting(KnowledgeHit::title).containsExactly("道路照明报修");
		assertThat(entries.revisionsAsked()).isEqualTo(2);
	}

	/** Indexes an entry on street lights, searches it once and returns its id. */
	private long searchedStreetLights(Duration checkInterval) {
		long id = entries.add("路灯不亮报修", "路灯", "请告诉我们道路名称和灯杆编号。");
		index = new KnowledgeIndex(entries, checkInterval);
		assertThat(index.search("路灯坏了", 5)).extracting(KnowledgeHit::id).containsExactly(id);
		return id;
	}

	private KnowledgeEntry changed(long id, String title, boolean active) {
		KnowledgeEntry entry = entries.changedSince(0).stream().filter(saved -> saved.id() == id)
			.reduce((earlier, later) -> later)
			.orElseThrow();
		return new KnowledgeEntry(id, title, entry.answer(), entry.keywords(), null, null, active, entry.version() + 1,
				entry.createdBy(), entry.createdAt(), "other-node", entry.updatedAt());
	}
}
