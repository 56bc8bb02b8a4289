package org.whistle.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.city.Units;
import org.whistle.people.Role;
import org.whistle.people.Staff;
import org.whistle.workorder.MutableClock;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.WorkOrderService;

/**
 * The scorecard from real work orders: events → facts → one aggregate → rates, ranks, exports.
 * Each test uses a month of its own (2030) so that orders of other tests do not count.
 */
@SpringBootTest(properties = "db-scheduler.polling-interval=24h")
@AutoConfigureMockMvc
class ScorecardIntegrationTests {

	static final MutableClock CLOCK = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"),
			ZoneId.of("Asia/Shanghai"));

	@TestConfiguration
	static class TestClock {

		@Bean
		@Primary
		Clock testClock() {
			return CLOCK;
		}
	}

	@Autowired
	WorkOrderService orders;

	@Autowired
	Scorecards scorecards;

	@Autowired
	Exclusions exclusions;

	@Autowired
	Publications publications;

	@Autowired
	Units units;

	@Autowired
	ScorecardCommand command;

	@Autowired
	MockMvc mvc;

	ScorecardScenario scenario;

	List<Unit> streets;

	@BeforeEach
	void setUp() {
		scenario = new ScorecardScenario(orders, CLOCK);
		streets = units.all().stream().filter(u -> u.kind() == UnitKind.STREET)
			.sorted(Comparator.comparing(Unit::code)).limit(5).toList();
	}

	ScorecardScenario.Order order(int street, String day) {
		Unit unit = streets.get(street);
		return scenario.order(unit.id(), Instant.parse("2030-" + day + "T02:00:00Z"), unit.areaCode().substring(0, 6),
				unit.areaCode(), "010208");
	}

	static Duration h(int hours) {
		return Duration.ofHours(hours);
	}

	static Duration d(int days) {
		return Duration.ofDays(days);
	}

	/** The golden month, 2030-05; its numbers are worked out by hand in the test below. */
	void golden() {
		order(0, "05-02").handledInTime().callback(d(2), true, Satisfaction.SATISFIED);
		order(0, "05-03").handledInTime().callback(d(2), true, Satisfaction.BASICALLY_SATISFIED);
		order(0, "05-04").sign(h(1)).contact(h(30)).reply(d(2)).callback(d(3), true, Satisfaction.SATISFIED);
		order(0, "05-05").handledInTime().callback(d(2), false, Satisfaction.DISSATISFIED)
			.sign(d(2).plus(h(1))).contact(d(2).plus(h(2))).reply(d(3)).callback(d(4), true,
					Satisfaction.BASICALLY_SATISFIED);
		order(1, "05-06").handledInTime().callback(d(2), true, Satisfaction.SATISFIED);
		order(1, "05-07").handledInTime().unreached(d(2)).unreached(d(2).plus(h(1))).unreached(d(2).plus(h(2)));
		order(1, "05-08").sign(h(3)).contact(h(4)).reply(d(8)).callback(d(9), true, Satisfaction.DISSATISFIED);
		order(2, "05-09").handledInTime().callback(d(2), true, Satisfaction.SATISFIED);
		order(3, "05-10").handledInTime().callback(d(2), true, Satisfaction.SATISFIED);
		order(4, "05-11");
	}

	@Test
	void the_golden_month_is_scored_exactly_and_every_export_says_the_same() throws Exception {
		golden();
		Scorecard card = scorecards.evaluate(Period.parse("2030-05"), Level.STREET, null);

		// Street 0: 4 callbacks, 3 contacted in time (one at 30 h > 24 h, overdue), 4 solved in the
		// end (one reopened), 2 satisfied + 2 basically: 75.00, 100.00, (2 + 1.8) / 4 = 95.00;
		// 7.5 + 50 + 38 = 95.50. Street 1: the unreached callback does not count; 2 callbacks, both
		// contacted in time and solved, 1 satisfied: 100, 100, 50 → 80.00, signed late and replied
		// late once. Streets 2 and 3 tie at 100.00; street 4 has no callback yet.
		UnitScore first = card.unit(Long.toString(streets.get(0).id())).orElseThrow();
		assertThat(first.tally()).isEqualTo(new Tally(4, 4, 4, 3, 4, 1, 1, 0, 4, 3, 4, 2, 2));
		assertThat(first.rates().composite()).isEqualByComparingTo("95.50");
		UnitScore second = card.unit(Long.toString(streets.get(1).id())).orElseThrow();
		assertThat(second.tally()).isEqualTo(new Tally(3, 3, 2, 3, 2, 1, 0, 0, 2, 2, 2, 1, 0));
		assertThat(second.rates().composite()).isEqualByComparingTo("80.00");
		assertThat(card.units()).extracting(UnitScore::rank).containsExactly(1, 1, 3, 4, 0);

		String golden = new ClassPathResource("scorecard/golden-2030-05-street.csv")
			.getContentAsString(StandardCharsets.UTF_8);
		StringWriter csv = new StringWriter();
		ScorecardTable.csv(card, csv);
		assertThat(csv.toString()).isEqualTo(golden);

		String exported = mvc.perform(get("/scorecards/export.csv?period=2030-05&level=street")
				.header("X-Api-Key", "demo-analyst"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(exported).isEqualTo(golden);

		var out = new ByteArrayOutputStream();
		assertThat(command.run(List.of("--period", "2030-05", "--level", "street", "--format", "csv"),
				new PrintStream(out, true, StandardCharsets.UTF_8), System.err)).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(golden);

		mvc.perform(get("/api/scorecards?period=2030-05&level=street").header("X-Api-Key", "demo-leader"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2030-05"))
			.andExpect(jsonPath("$.weights.resolution").value(0.5))
			.andExpect(jsonPath("$.units[2].rates.composite").value(95.5))
			.andExpect(jsonPath("$.units[2].tally.reopened").value(1));
	}

	@Test
	void an_approved_exclusion_takes_the_order_out_of_the_score_and_into_the_history() throws Exception {
		Unit unit = streets.get(0);
		order(0, "06-02").handledInTime().callback(d(2), true, Satisfaction.SATISFIED);
		long unfair = order(0, "06-03").handledInTime().callback(d(2), true, Satisfaction.DISSATISFIED).id;
		Period june = Period.parse("2030-06");
		assertThat(composite(june, unit)).isEqualTo("80.00");

		Staff handler = ScorecardScenario.handler(unit.id());
		Staff dispatcher = new Staff(9100, "dispatcher", "派单员", 1, java.util.Set.of(Role.DISPATCHER));
		Exclusion refused = exclusions.apply(unfair, ExclusionReason.MALICIOUS, "来电人反复恶意投诉", handler);
		exclusions.review(refused.id(), false, "证据不足", dispatcher);
		assertThat(composite(june, unit)).isEqualTo("80.00");

		Exclusion exclusion = exclusions.apply(unfair, ExclusionReason.UNREASONABLE, "诉求超出政策范围", handler);
		assertThatThrownBy(() -> exclusions.apply(unfair, ExclusionReason.UNREASONABLE, "again", handler))
			.isInstanceOf(ExclusionConflict.class);
		assertThatThrownBy(() -> exclusions.review(exclusion.id(), true, null, handler))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> exclusions.apply(unfair, ExclusionReason.UNREASONABLE, "not ours",
				ScorecardScenario.handler(streets.get(1).id())))
			.isInstanceOf(ScorecardNotFound.class);
		exclusions.review(exclusion.id(), true, "同意剔除", dispatcher);

		UnitScore score = scorecards.evaluate(june, Level.STREET, null).unit(Long.toString(unit.id())).orElseThrow();
		assertThat(score.rates().composite()).isEqualByComparingTo("100.00");
		assertThat(score.tally().excluded()).isEqualTo(1);
		assertThat(scorecards.against(june, Level.STREET, Long.toString(unit.id()))).isEmpty();
		assertThat(orders.history(unfair, dispatcher)).extracting(e -> e.action())
			.contains("exclusion-requested", "exclusion-refused", "exclusion-approved");
		assertThatThrownBy(() -> exclusions.review(exclusion.id(), false, null, dispatcher))
			.isInstanceOf(ExclusionConflict.class);
	}

	@Test
	void a_published_month_does_not_move_with_late_callbacks_until_it_is_published_again_with_a_reason()
			throws Exception {
		Unit unit = streets.get(0);
		Period july = Period.parse("2030-07");
		order(0, "07-02").handledInTime().callback(d(2), true, Satisfaction.SATISFIED);
		var late = order(0, "07-03").handledInTime();
		mvc.perform(post("/api/scorecards/publications").header("X-Api-Key", "demo-leader")
				.contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2030-07\",\"level\":\"street\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(1));

		late.callback(d(20), true, Satisfaction.DISSATISFIED);

		assertThat(composite(july, unit)).isEqualTo("100.00");
		assertThat(scorecards.evaluateLive(july, Level.STREET).unit(Long.toString(unit.id())).orElseThrow().rates()
			.composite()).isEqualByComparingTo("80.00");
		mvc.perform(post("/api/scorecards/publications").header("X-Api-Key", "demo-leader")
				.contentType(MediaType.APPLICATION_JSON).content("{\"period\":\"2030-07\",\"level\":\"street\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("reason")));
		mvc.perform(post("/api/scorecards/publications").header("X-Api-Key", "demo-h-" + unit.code())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"period\":\"2030-07\",\"level\":\"street\",\"reason\":\"x\"}"))
			.andExpect(status().isForbidden());

		assertThat(publications.publish(july, Level.STREET, "回访复核后更正", "leader")).isEqualTo(2);
		assertThat(composite(july, unit)).isEqualTo("80.00");
		assertThat(publications.versions(july, Level.STREET)).extracting(Scorecard.Publication::reason)
			.containsExactly(null, "回访复核后更正");
		List<Scorecard> trend = scorecards.publishedBefore(Period.parse("2030-08"), Level.STREET, 12);
		assertThat(trend).extracting(c -> c.period().toString()).containsExactly("2030-07");
		assertThat(trend.get(0).publication().orElseThrow().version()).isEqualTo(2);
	}

	@Test
	void every_level_scored_in_one_pass_is_each_level_scored_alone() {
		order(0, "08-02").handledInTime().callback(d(2), true, Satisfaction.SATISFIED);
		order(0, "08-03").sign(h(3)).contact(h(30)).reply(d(8)).callback(d(9), false, Satisfaction.DISSATISFIED);
		order(1, "08-04").handledInTime().callback(d(2), true, Satisfaction.BASICALLY_SATISFIED);
		order(1, "08-05").handledInTime().unreached(d(2)).unreached(d(2).plus(h(1))).unreached(d(2).plus(h(2)));
		order(3, "08-06").handledInTime().callback(d(2), false, Satisfaction.DISSATISFIED)
			.sign(d(2).plus(h(1))).contact(d(2).plus(h(2))).reply(d(3)).callback(d(4), true, Satisfaction.SATISFIED);
		long unfair = order(4, "08-07").handledInTime().callback(d(2), true, Satisfaction.DISSATISFIED).id;
		order(2, "08-08");
		Staff dispatcher = new Staff(9100, "dispatcher", "派单员", 1, java.util.Set.of(Role.DISPATCHER));
		Exclusion exclusion = exclusions.apply(unfair, ExclusionReason.UNREASONABLE, "诉求超出政策范围",
				ScorecardScenario.handler(streets.get(4).id()));
		exclusions.review(exclusion.id(), true, "同意剔除", dispatcher);
		Period august = Period.parse("2030-08");

		var everyLevel = scorecards.evaluateLive(august);

		assertThat(everyLevel.keySet()).containsExactly(Level.values());
		for (Level level : Level.values()) {
			assertThat(everyLevel.get(level)).as(level.param()).isEqualTo(scorecards.evaluateLive(august, level));
		}
		assertThat(everyLevel.get(Level.STREET).units()).hasSize(5);
		assertThat(everyLevel.get(Level.DISTRICT).units()).isNotEmpty();
		assertThat(everyLevel.get(Level.STREET).unit(Long.toString(streets.get(4).id())).orElseThrow().tally()
			.excluded()).isEqualTo(1);
	}

	@Test
	void bad_queries_are_problems() throws Exception {
		mvc.perform(get("/api/scorecards?period=October").header("X-Api-Key", "demo-analyst"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid request"));
		mvc.perform(get("/api/scorecards?level=planet").header("X-Api-Key", "demo-analyst"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/scorecards/exclusions/999999").header("X-Api-Key", "demo-dispatcher"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/scorecards/exclusions").header("X-Api-Key", "demo-dispatcher")
				.contentType(MediaType.APPLICATION_JSON).content("{\"orderId\":1,\"reason\":\"BORED\",\"note\":\"x\"}"))
			.andExpect(status().isBadRequest());
		assertThatThrownBy(() -> command.run(List.of("--level", "planet"), System.out, System.err))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("level");
		assertThatThrownBy(() -> command.run(List.of("--format", "xlsx"), System.out, System.err))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--output");
		mvc.perform(get("/api/scorecards/orders?period=2030-05&level=street&key=" + streets.get(0).id())
				.header("X-Api-Key", "demo-h-" + streets.get(1).code()))
			.andExpect(status().isForbidden());
	}

	private String composite(Period period, Unit unit) {
		return ScorecardTable.number(scorecards.evaluate(period, Level.STREET, null).unit(Long.toString(unit.id()))
			.orElseThrow().rates().composite());
	}
}
