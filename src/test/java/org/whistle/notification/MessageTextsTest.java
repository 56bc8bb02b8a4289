package org.whistle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.whistle.workorder.CallerContact;

class MessageTextsTest {

	static final CallerContact WANG = new CallerContact(7, "202601010000007", "王小明", "13812345678",
			"wang@example.org");

	static MessageTexts texts(Locale locale) {
		var source = new ResourceBundleMessageSource();
		source.setBasename("i18n/notification");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return new MessageTexts(source, new NotificationSettings(locale, "12345@whistle.invalid"));
	}

	@Test
	void a_registered_request_is_confirmed_with_its_order_number() {
		Letter letter = texts(Locale.SIMPLIFIED_CHINESE).compose(Notice.REGISTERED, WANG);

		assertThat(letter.sms()).isEqualTo("您反映的问题已受理，工单号 202601010000007，我们将尽快办理。");
		assertThat(letter.subject()).isEqualTo("您的诉求已受理（工单号 202601010000007）");
	}

	@Test
	void a_merged_request_names_the_order_it_joined() {
		Letter letter = texts(Locale.SIMPLIFIED_CHINESE).compose(Notice.MERGED, WANG, "202601010000003");

		assertThat(letter.sms()).isEqualTo("您反映的问题（工单号 202601010000007）已并入工单 202601010000003，将一并办理。");
	}

	@Test
	void a_reply_announces_the_callback() {
		assertThat(texts(Locale.SIMPLIFIED_CHINESE).compose(Notice.REPLIED, WANG).sms())
			.contains("202601010000007", "承办单位已答复", "回访");
	}

	@Test
	void the_email_greets_the_caller_by_name_and_says_what_the_sms_says() {
		Letter letter = texts(Locale.SIMPLIFIED_CHINESE).compose(Notice.REGISTERED, WANG);

		assertThat(letter.body()).startsWith("王小明，您好：\n\n" + letter.sms()).endsWith("市民服务热线");
	}

	@Test
	void a_caller_without_a_name_is_greeted_without_one() {
		var anonymous = new CallerContact(8, "202601010000008", " ", "13812345678", null);

		assertThat(texts(Locale.SIMPLIFIED_CHINESE).compose(Notice.REGISTERED, anonymous).body()).startsWith("您好：");
	}

	@Test
	void with_an_english_locale_callers_are_written_to_in_english() {
		Letter letter = texts(Locale.ENGLISH).compose(Notice.CLOSED_UNREACHED, WANG);

		assertThat(letter.sms()).startsWith("We could not reach you").contains("202601010000007");
		assertThat(letter.body()).startsWith("Dear 王小明,");
	}

	@Test
	void every_notice_has_an_sms_and_a_subject_in_chinese_and_english_alike() throws IOException {
		Properties chinese = bundle("notification");
		Properties english = bundle("notification_en");

		assertThat(english.stringPropertyNames()).isEqualTo(chinese.stringPropertyNames());
		assertThat(Arrays.stream(Notice.values()).flatMap(n -> Stream.of(n.key("sms"), n.key("subject"))))
			.allMatch(chinese::containsKey);
	}

	private static Properties bundle(String name) throws IOException {
		var properties = new Properties();
		try (Reader in = new InputStreamReader(MessageTextsTest.class.getResourceAsStream("/i18n/" + name + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}
}
