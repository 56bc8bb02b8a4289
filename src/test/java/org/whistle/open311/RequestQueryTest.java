package org.whistle.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.whistle.workorder.OrderSearch;

class RequestQueryTest {

	static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
	static final ZoneId CITY = ZoneId.of("Asia/Shanghai");

	static OrderSearch search(String... namesAndValues) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			params.add(namesAndValues[i], namesAndValues[i + 1]);
		}
		return RequestQuery.parse(params, NOW, CITY).search();
	}

	@Test
	void without_dates_the_period_is_the_last_90_days() {
		OrderSearch search = search();
		assertThat(search.receivedTo()).isEqualTo(NOW);
		assertThat(search.receivedFrom()).isEqualTo(NOW.minus(Duration.ofDays(90)));
		assertThat(search.classifiedOnly()).isTrue();
		assertThat(search.size()).isEqualTo(RequestQuery.DEFAULT_PAGE_SIZE);
	}

	@Test
	void a_start_alone_reaches_90_days_forward() {
		OrderSearch search = search("start_date", "2026-01-01T00:00:00+08:00");
		assertThat(search.receivedFrom()).isEqualTo(Instant.parse("2025-12-31T16:00:00Z"));
		assertThat(search.receivedTo()).isEqualTo(Instant.parse("2026-03-31T16:00:00Z"));
	}

	@Test
	void dates_without_an_offset_are_the_citys_time_and_a_bare_end_date_takes_the_whole_day() {
		OrderSearch search = search("start_date", "2026-11-01T08:00:00", "end_date", "2026-11-02");
		assertThat(search.receivedFrom()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
		assertThat(search.receivedTo()).isEqualTo(Instant.parse("2026-11-02T15:59:59.999999999Z"));
	}

	@Test
	void an_unencoded_plus_of_an_offset_is_read_as_a_plus() {
		assertThat(search("start_date", "2026-11-01T08:00:00 08:00").receivedFrom())
			.isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
	}

	@Test
	void a_period_longer_than_90_days_is_refused() {
		assertThatThrownBy(() -> search("start_date", "2026-01-01", "end_date", "2026-04-02"))
			.isInstanceOf(Open311Error.class)
			.extracting(e -> ((Open311Error) e).descriptions())
			.isEqualTo(List.of("start_date, end_date: may not span more than 90 days"));
	}

	@Test
	void request_ids_override_every_other_filter() {
		OrderSearch search = search("service_request_id", "202611220000001, 202611220000002,", "service_code",
				"010208", "status", "closed", "start_date", "2010-01-01");
		assertThat(search.orderNos()).containsExactly("202611220000001", "202611220000002");
		assertThat(search.categoryCodes()).isEmpty();
		assertThat(search.open()).isNull();
		assertThat(search.receivedFrom()).isNull();
	}

	@Test
	void open_and_closed_together_mean_any_status_and_empty_parameters_are_absent() {
		assertThat(search("status", "open,closed").open()).isNull();
		assertThat(search("status", "closed").open()).isFalse();
		assertThat(search("status", "", "service_code", "", "page", "").categoryCodes()).isEmpty();
	}

	@Test
	void pages_count_from_one() {
		OrderSearch search = search("page", "3", "page_size", "20");
		assertThat(search.page()).isEqualTo(2);
		assertThat(search.size()).isEqualTo(20);
	}
}
