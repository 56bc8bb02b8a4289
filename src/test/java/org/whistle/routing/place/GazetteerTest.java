package org.whistle.routing.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.whistle.routing.Doubt;
import org.whistle.routing.PlaceCandidate;
import org.whistle.routing.PlaceGuess;
import org.whistle.routing.PlaceKind;

class GazetteerTest {

	static final String QINGHE = "990101";
	static final String ANPING = "990101001";
	static final String LANTAI = "990101001001";
	static final String DONGHU = "990102";
	static final String KANGLE = "990102001001";

	final Gazetteer gazetteer = new Gazetteer(List.of(
			new Feature("青河区", PlaceKind.DISTRICT, List.of("青河"), QINGHE, 39.95, 116.40),
			new Feature("安平街道", PlaceKind.STREET, List.of("安平"), ANPING, 39.95, 116.40),
			new Feature("兰台社区", PlaceKind.COMMUNITY, List.of("兰台"), LANTAI, 39.95, 116.40),
			new Feature("兰台北里", PlaceKind.COMPOUND, List.of("兰台北里小区"), LANTAI, 39.951, 116.401),
			new Feature("花园小区", PlaceKind.COMPOUND, List.of(), LANTAI, 39.952, 116.402),
			new Feature("安平路", PlaceKind.ROAD, List.of(), LANTAI, 39.953, 116.403),
			new Feature("东湖区", PlaceKind.DISTRICT, List.of("东湖"), DONGHU, 39.90, 116.50),
			new Feature("康乐社区", PlaceKind.COMMUNITY, List.of("康乐"), KANGLE, 39.90, 116.50),
			new Feature("花园小区", PlaceKind.COMPOUND, List.of(), KANGLE, 39.901, 116.501)));

	@Test
	void a_compound_named_with_its_district_and_street_is_sure() {
		PlaceGuess guess = gazetteer.match("青河区安平街道兰台北里3号楼暖气不热");

		assertThat(best(guess).name()).isEqualTo("兰台北里");
		assertThat(best(guess).kind()).isEqualTo(PlaceKind.COMPOUND);
		assertThat(guess.sure()).isTrue();
		assertThat(guess.doubt()).isEqualTo(Doubt.NONE);
		assertThat(guess.confidence()).isGreaterThan(0.9);
		assertThat(guess.candidates()).extracting(PlaceCandidate::name).containsExactly("兰台北里", "安平街道", "青河区");
	}

	@Test
	void a_compound_named_alone_in_its_long_form_is_sure_enough() {
		PlaceGuess guess = gazetteer.match("兰台北里小区楼下的垃圾三天没人清");

		assertThat(best(guess).name()).isEqualTo("兰台北里");
		assertThat(best(guess).matched()).isEqualTo("兰台北里小区");
		assertThat(guess.sure()).isTrue();
	}

	@Test
	void a_short_name_inside_a_longer_name_does_not_count() {
		PlaceGuess guess = gazetteer.match("安平路12号门口井盖丢了");

		assertThat(best(guess).name()).isEqualTo("安平路");
		assertThat(guess.candidates()).extracting(PlaceCandidate::name).containsExactly("安平路");
		assertThat(guess.sure()).isTrue();
	}

	@Test
	void a_short_name_alone_asks_the_operator() {
		PlaceGuess guess = gazetteer.match("兰台那边有人占道经营");

		assertThat(best(guess).name()).isEqualTo("兰台社区");
		assertThat(guess.doubt()).isEqualTo(Doubt.WEAK);
		assertThat(guess.sure()).isFalse();
	}

	@Test
	void only_a_district_asks_where_in_it() {
		PlaceGuess guess = gazetteer.match("青河区有个井盖丢了");

		assertThat(best(guess).kind()).isEqualTo(PlaceKind.DISTRICT);
		assertThat(guess.doubt()).isEqualTo(Doubt.ONLY_BROAD);
		assertThat(guess.sure()).isFalse();
	}

	@Test
	void the_same_name_in_two_communities_is_ambiguous() {
		PlaceGuess guess = gazetteer.match("花园小区停车难");

		assertThat(guess.doubt()).isEqualTo(Doubt.AMBIGUOUS);
		assertThat(guess.sure()).isFalse();
		assertThat(guess.candidates()).extracting(PlaceCandidate::areaCode).containsExactlyInAnyOrder(LANTAI, KANGLE);
		assertThat(guess.confidence()).isLessThan(0.5);
	}

	@Test
	void a_district_settles_which_of_two_same_named_compounds_is_meant() {
		PlaceGuess guess = gazetteer.match("东湖区花园小区停车难");

		assertThat(best(guess).areaCode()).isEqualTo(KANGLE);
		assertThat(guess.sure()).isTrue();
	}

	@Test
	void a_compound_in_another_district_than_the_one_named_is_a_conflict() {
		PlaceGuess guess = gazetteer.match("东湖区兰台北里有噪音");

		assertThat(best(guess).name()).isEqualTo("兰台北里");
		assertThat(guess.doubt()).isEqualTo(Doubt.CONFLICT);
		assertThat(guess.sure()).isFalse();
	}

	@Test
	void a_road_and_a_compound_on_it_agree() {
		PlaceGuess guess = gazetteer.match("安平路兰台北里南门");

		assertThat(best(guess).name()).isEqualTo("兰台北里");
		assertThat(guess.doubt()).isEqualTo(Doubt.NONE);
	}

	@Test
	void a_text_without_a_place_name_is_not_found() {
		PlaceGuess guess = gazetteer.match("暖气不热，室温只有十五度");

		assertThat(guess.best()).isEmpty();
		assertThat(guess.doubt()).isEqualTo(Doubt.NOT_FOUND);
		assertThat(guess.sure()).isFalse();
		assertThat(gazetteer.match("").best()).isEmpty();
	}

	private static PlaceCandidate best(PlaceGuess guess) {
		return guess.best().orElseThrow(() -> new AssertionError("no place in " + guess));
	}
}
