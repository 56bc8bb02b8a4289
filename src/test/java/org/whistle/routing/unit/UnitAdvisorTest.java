package org.whistle.routing.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.whistle.catalog.Assignment;
import org.whistle.catalog.ResponsibilityCatalog;
import org.whistle.catalog.RuleRef;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.Location;
import org.whistle.city.Unit;
import org.whistle.city.UnitKind;
import org.whistle.routing.PlaceCandidate;
import org.whistle.routing.PlaceKind;
import org.whistle.routing.UnitGuess;

class UnitAdvisorTest {

	static final Unit HEAT = new Unit(7, "HEAT", "城市热力集团", UnitKind.COMPANY, null, null);
	static final Unit CGW = new Unit(1, "CGW", "城市管理委员会", UnitKind.DEPARTMENT, null, null);
	static final Location LANTAI = new Location(new Area("990101001001001", "兰台社区第1网格", AreaLevel.GRID, "990101001001"),
			new Area("990101001001", "兰台社区", AreaLevel.COMMUNITY, "990101001"),
			new Area("990101001", "安平街道", AreaLevel.STREET, "990101"), new Area("990101", "青河区", AreaLevel.DISTRICT, null));

	/** The catalog's answer for heating, whatever is asked; remembers the location it was given. */
	Location asked;
	final ResponsibilityCatalog catalog = (category, location, urgent, at) -> {
		asked = location;
		return new Assignment(Optional.of(new RuleRef(12, 1)), Optional.of(HEAT), List.of(CGW, HEAT),
				Duration.ofHours(2), Duration.ofHours(3), Duration.ofDays(1), "规则 12 v1：冬季采暖 @ 全市 → 城市热力集团");
	};

	@Test
	void the_unit_choice_explains_itself_with_the_rule_and_the_place() {
		var compound = new PlaceCandidate("兰台北里", PlaceKind.COMPOUND, "990101001001", 39.95, 116.4, "兰台北里");

		UnitGuess guess = new UnitAdvisor(catalog).suggest("010208", compound, LANTAI, false, Instant.EPOCH);

		assertThat(guess.lead()).contains(HEAT);
		assertThat(guess.rule()).contains(new RuleRef(12, 1));
		assertThat(guess.reason()).isEqualTo("规则 12 v1：冬季采暖 @ 全市 → 城市热力集团；地点：兰台北里（兰台社区 · 安平街道 · 青河区）");
		assertThat(asked).isEqualTo(LANTAI);
	}

	@Test
	void the_lead_is_no_co_unit_of_its_own_order() {
		UnitGuess guess = new UnitAdvisor(catalog).suggest("010208", null, LANTAI, false, Instant.EPOCH);

		assertThat(guess.coUnits()).containsExactly(CGW);
		assertThat(guess.reason()).endsWith("；地点：兰台社区 · 安平街道 · 青河区");
	}

	@Test
	void without_a_place_the_reason_says_so() {
		UnitGuess guess = new UnitAdvisor(catalog).suggest("010208", null, null, false, Instant.EPOCH);

		assertThat(guess.reason()).endsWith("；地点未定");
	}
}
