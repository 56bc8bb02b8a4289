package org.whistle.routing.web;

import java.time.Instant;
import java.util.List;

import org.whistle.city.Area;
import org.whistle.city.Unit;
import org.whistle.routing.Doubt;
import org.whistle.routing.PlaceCandidate;
import org.whistle.routing.PlaceGuess;
import org.whistle.routing.Repeat;
import org.whistle.routing.Suggestion;
import org.whistle.routing.UnitGuess;

/** {@code GET /api/routing/suggest}: the place, the units with their reason, and the repeats. */
record SuggestionJson(PlaceJson place, UnitsJson units, List<RepeatJson> repeats, boolean repeatsSearched) {

	record PlaceJson(PlaceCandidate best, double confidence, boolean sure, Doubt doubt, String question,
			List<PlaceCandidate> candidates, AreaJson grid, AreaJson community, AreaJson street, AreaJson district) {
	}

	record AreaJson(String code, String name) {

		static AreaJson of(Area area) {
			return area == null ? null : new AreaJson(area.code(), area.name());
		}
	}

	record UnitJson(long id, String code, String name) {

		static UnitJson of(Unit unit) {
			return new UnitJson(unit.id(), unit.code(), unit.name());
		}
	}

	record UnitsJson(UnitJson lead, List<UnitJson> coUnits, String reason, String rule) {

		static UnitsJson of(UnitGuess guess) {
			return new UnitsJson(guess.lead().map(UnitJson::of).orElse(null),
					guess.coUnits().stream().map(UnitJson::of).toList(), guess.reason(),
					guess.rule().map(Object::toString).orElse(null));
		}
	}

	record RepeatJson(long orderId, String orderNo, String title, int metres, double similarity, Instant receivedAt) {

		static RepeatJson of(Repeat r) {
			return new RepeatJson(r.orderId(), r.orderNo(), r.title(), r.metres(),
					Math.round(r.similarity() * 1000) / 1000.0, r.receivedAt());
		}
	}

	static SuggestionJson of(Suggestion s, String question) {
		PlaceGuess p = s.place();
		var location = p.location();
		var place = new PlaceJson(p.best().orElse(null), Math.round(p.confidence() * 100) / 100.0, p.sure(), p.doubt(),
				question, p.candidates(), AreaJson.of(location.map(l -> l.grid()).orElse(null)),
				AreaJson.of(location.map(l -> l.community()).orElse(null)),
				AreaJson.of(location.map(l -> l.street()).orElse(null)),
				AreaJson.of(location.map(l -> l.district()).orElse(null)));
		return new SuggestionJson(place, UnitsJson.of(s.unit()), s.repeats().stream().map(RepeatJson::of).toList(),
				s.repeatsSearched());
	}
}
