package org.whistle.routing.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.CityDemo;
import org.whistle.routing.PlaceGuess;
import org.whistle.routing.PlaceKind;

class DemoPlacesTest {

	static final City CITY = CityDemo.inMemory();

	final List<Feature> places = new DemoPlaces(CITY).generate();

	@Test
	void every_community_gets_compounds_and_every_street_roads() {
		assertThat(places.stream().filter(p -> p.kind() == PlaceKind.COMPOUND))
			.hasSize(3 * CITY.areas(AreaLevel.COMMUNITY).size());
		assertThat(places.stream().filter(p -> p.kind() == PlaceKind.ROAD))
			.hasSize(3 * CITY.areas(AreaLevel.STREET).size());
	}

	@Test
	void every_place_lies_inside_its_own_community() {
		assertThat(places).allSatisfy(place -> assertThat(CITY.locate(place.lat(), place.lon()))
			.hasValueSatisfying(location -> assertThat(location.community().code()).isEqualTo(place.areaCode())));
	}

	@Test
	void the_names_are_unique_and_the_same_on_every_run() {
		assertThat(places.stream().map(Feature::name).distinct()).hasSize(places.size());
		assertThat(new DemoPlaces(CITY).generate()).isEqualTo(places);
	}

	@Test
	void the_demo_gazetteer_finds_a_generated_compound_in_a_sentence() {
		Feature compound = places.stream().filter(p -> p.kind() == PlaceKind.COMPOUND).findFirst().orElseThrow();
		List<Feature> all = new ArrayList<>(places);
		PlaceIndex index = new PlaceIndex(CITY, null);
		all.addAll(index.areaFeatures());

		PlaceGuess guess = new Gazetteer(all).match("我家住在" + compound.name() + "，楼道灯坏了");

		assertThat(guess.best()).hasValueSatisfying(best -> assertThat(best.name()).isEqualTo(compound.name()));
		assertThat(guess.sure()).isTrue();
	}
}
