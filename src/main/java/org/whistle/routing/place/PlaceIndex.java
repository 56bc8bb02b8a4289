package org.whistle.routing.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.AreasChanged;
import org.whistle.city.City;
import org.whistle.routing.PlaceGuess;
import org.whistle.routing.PlaceKind;

/**
 * The city's gazetteer: its districts, street offices and communities (from the city, each at a
 * point inside its polygon) with the stored roads and compounds. Rebuilt when the city's areas
 * change, and when another node changed the stored places (their signature is checked on use).
 */
@Component
public class PlaceIndex {

	private static final Map<AreaLevel, PlaceKind> KINDS = Map.of(AreaLevel.DISTRICT, PlaceKind.DISTRICT,
			AreaLevel.STREET, PlaceKind.STREET, AreaLevel.COMMUNITY, PlaceKind.COMMUNITY);

	private final City city;

	private final PlaceStore store;

	private volatile Built built;

	private record Built(String signature, Gazetteer gazetteer) {
	}

	PlaceIndex(City city, PlaceStore store) {
		this.city = city;
		this.store = store;
	}

	public PlaceGuess match(String text) {
		return gazetteer().match(text);
	}

	/** The current gazetteer, rebuilt first when the stored places changed. */
	Gazetteer gazetteer() {
		String signature = store.signature();
		Built current = built;
		if (current == null || !current.signature().equals(signature)) {
			current = new Built(signature, new Gazetteer(features()));
			built = current;
		}
		return current.gazetteer();
	}

	@EventListener
	void on(AreasChanged changed) {
		built = null;
	}

	private List<Feature> features() {
		List<Feature> features = new ArrayList<>(areaFeatures());
		features.addAll(store.all());
		return features;
	}

	/** The districts, street offices and communities, each with its short name. */
	List<Feature> areaFeatures() {
		List<Feature> features = new ArrayList<>();
		for (var level : KINDS.entrySet()) {
			Map<String, Geometry> outlines = AreaOutlines.of(city, level.getKey());
			for (Area area : city.areas(level.getKey())) {
				Geometry outline = outlines.get(area.code());
				if (outline == null) {
					continue;
				}
				Point inside = outline.getInteriorPoint();
				features.add(new Feature(area.name(), level.getValue(), AreaNames.aliases(area.name()), area.code(),
						inside.getY(), inside.getX()));
			}
		}
		return features;
	}
}
