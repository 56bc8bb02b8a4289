package org.whistle.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class RoutingMessagesTest {

	static Properties bundle(String name) throws Exception {
		var properties = new Properties();
		try (Reader reader = new InputStreamReader(
				RoutingMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties"), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@Test
	void chinese_and_english_have_the_same_keys_and_every_doubt_and_kind_has_words() throws Exception {
		Properties chinese = bundle("routing");

		assertThat(bundle("routing_en").stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
		assertThat(Arrays.stream(Doubt.values()).filter(d -> d != Doubt.NONE).map(d -> "routing.doubt." + d))
			.allMatch(chinese::containsKey);
		assertThat(Arrays.stream(PlaceKind.values()).map(k -> "routing.kind." + k)).allMatch(chinese::containsKey);
		assertThat(chinese.getProperty("routing.accept")).isEqualTo("一键采纳");
	}
}
