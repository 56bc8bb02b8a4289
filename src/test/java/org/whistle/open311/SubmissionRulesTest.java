package org.whistle.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.whistle.open311.ServiceAttribute.Datatype;

class SubmissionRulesTest {

	static final Open311Service HEATING = new Open311Service("010208", "冬季采暖", "城乡建设 / 城市建设和市政管理 / 冬季采暖",
			"城乡建设", "城市建设和市政管理,冬季采暖", true);

	static final List<ServiceAttribute> ATTRIBUTES = List.of(
			new ServiceAttribute("urgent", Datatype.SINGLEVALUELIST, false, true, "是否紧急", null, 1,
					List.of(new ServiceAttribute.Value("no", "否"), new ServiceAttribute.Value("yes", "是"))),
			new ServiceAttribute("room_temperature", Datatype.NUMBER, true, true, "室温（℃）", null, 3, List.of()),
			new ServiceAttribute("rooms", Datatype.MULTIVALUELIST, false, true, "哪些房间不热", null, 4,
					List.of(new ServiceAttribute.Value("bedroom", "卧室"), new ServiceAttribute.Value("kitchen", "厨房"))));

	@Test
	void a_chinese_callers_name_is_written_family_name_first_without_a_space() {
		assertThat(SubmissionRules.callerName("小明", "王")).isEqualTo("王小明");
		assertThat(SubmissionRules.callerName("John", "Smith")).isEqualTo("John Smith");
		assertThat(SubmissionRules.callerName(null, null)).isEmpty();
	}

	@Test
	void the_title_carries_the_answers_to_the_services_own_attributes_by_their_names() {
		assertThat(SubmissionRules.title(HEATING, ATTRIBUTES,
				Map.of("urgent", List.of("yes"), "rooms", List.of("kitchen", "bedroom"), "room_temperature", List.of("14"))))
			.isEqualTo("冬季采暖（室温（℃）：14；哪些房间不热：厨房、卧室）");
		assertThat(SubmissionRules.title(HEATING, ATTRIBUTES, Map.of())).isEqualTo("冬季采暖");
	}

	@Test
	void a_required_attribute_must_be_answered() {
		assertThat(SubmissionRules.checkAttributes(Map.of(), ATTRIBUTES, "010208"))
			.containsExactly("attribute[room_temperature]: required (室温（℃）)");
	}

	@Test
	void attribute_fields_with_and_without_brackets_are_gathered_and_empty_values_dropped() {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("attribute[rooms][]", "bedroom");
		form.add("attribute[rooms][]", "");
		form.add("attribute[rooms]", "kitchen");
		form.add("attribute[urgent]", " ");
		form.add("description", "");
		Submission submission = Submission.of(form);
		assertThat(submission.attributes()).isEqualTo(Map.of("rooms", List.of("bedroom", "kitchen")));
		assertThat(submission.description()).isNull();
	}

	@Test
	void a_description_is_kept_as_given() {
		var form = new LinkedMultiValueMap<String, String>();
		form.add("description", "  <b>暖气</b> & 水  ");
		Submission submission = Submission.of(form);
		assertThat(submission.description()).isEqualTo("  <b>暖气</b> & 水  ");
		assertThat(SubmissionRules.check(submission)).containsExactly("a location is required: lat and long, or address_string");
	}
}
