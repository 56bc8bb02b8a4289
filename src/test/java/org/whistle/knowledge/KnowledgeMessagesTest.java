package org.whistle.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.PropertyResourceBundle;
import java.util.Set;

import org.junit.jupiter.api.Test;

class KnowledgeMessagesTest {

	@Test
	void chinese_and_english_name_the_same_messages() throws IOException {
		assertThat(keys("knowledge_en")).isEqualTo(keys("knowledge"));
	}

	private static Set<String> keys(String bundle) throws IOException {
		try (InputStream in = KnowledgeMessagesTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
			return new PropertyResourceBundle(in).keySet();
		}
	}
}
