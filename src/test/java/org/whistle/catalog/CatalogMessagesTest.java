package org.whistle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class CatalogMessagesTest {

	@Test
	void chinese_and_english_have_the_same_keys() throws Exception {
		assertThat(bundle("catalog_en").stringPropertyNames()).isEqualTo(bundle("catalog").stringPropertyNames());
	}

	@Test
	void every_request_type_and_urgency_has_a_label() throws Exception {
		Properties chinese = bundle("catalog");
		assertThat(Arrays.stream(RequestType.values()).map(RequestType::messageKey)).allMatch(chinese::containsKey);
		assertThat(Arrays.stream(Urgency.values()).map(Urgency::messageKey)).allMatch(chinese::containsKey);
		assertThat(chinese.getProperty(RequestType.COMPLAINT.messageKey())).isEqualTo("投诉");
	}

	static Properties bundle(String name) throws Exception {
		var properties = new Properties();
		try (Reader reader = new InputStreamReader(
				CatalogMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
