package org.whistle.routing.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.routing.PlaceKind;

/**
 * Roads and residential compounds for a city that has none, the same on every run: each
 * community gets compounds named after it (安平北里, 安平家园 …) and each street office roads
 * named after it (安平路, 安平大街 …), each at a point inside a community of its own.
 */
final class DemoPlaces {

	private static final List<String> COMPOUNDS = List.of("北里", "南里", "东里", "西里", "家园", "花园", "嘉园", "新村",
			"公寓", "华庭");

	private static final List<String> ROADS = List.of("路", "大街", "东路", "北路", "南路", "西路");

	private static final int COMPOUNDS_PER_COMMUNITY = 3;

	private static final int ROADS_PER_STREET = 3;

	private final GeometryFactory factory = new GeometryFactory();

	private final City city;

	DemoPlaces(City city) {
		this.city = city;
	}

	List<Feature> generate() {
		Map<String, Geometry> outlines = AreaOutlines.of(city, AreaLevel.COMMUNITY);
		List<Feature> features = new ArrayList<>();
		for (Area community : city.areas(AreaLevel.COMMUNITY)) {
			Geometry outline = outlines.get(community.code());
			String root = root(community.name());
			if (outline == null || root == null) {
				continue;
			}
			Random random = new Random(community.code().hashCode());
			for (String suffix : pick(COMPOUNDS, COMPOUNDS_PER_COMMUNITY, random)) {
				String name = root + suffix;
				features.add(at(name, PlaceKind.COMPOUND, List.of(name + "小区"), community.code(), outline, random));
			}
		}
		for (Area street : city.areas(AreaLevel.STREET)) {
			List<Area> communities = city.areas(AreaLevel.COMMUNITY).stream()
				.filter(c -> street.code().equals(c.parentCode()) && outlines.containsKey(c.code()))
				.toList();
			String root = root(street.name());
			if (communities.isEmpty() || root == null) {
				continue;
			}
			Random random = new Random(street.code().hashCode());
			for (String suffix : pick(ROADS, ROADS_PER_STREET, random)) {
				Area community = communities.get(random.nextInt(communities.size()));
				List<String> aliases = suffix.equals("大街") ? List.of(root + "街") : List.of();
				features.add(at(root + suffix, PlaceKind.ROAD, aliases, community.code(), outlines.get(community.code()),
						random));
			}
		}
		return features;
	}

	private static String root(String name) {
		List<String> aliases = AreaNames.aliases(name);
		return aliases.isEmpty() ? null : aliases.get(0);
	}

	private static List<String> pick(List<String> from, int count, Random random) {
		List<String> left = new ArrayList<>(from);
		List<String> picked = new ArrayList<>();
		while (picked.size() < count && !left.isEmpty()) {
			picked.add(left.remove(random.nextInt(left.size())));
		}
		return picked;
	}

	/** A point inside the outline, drawn from its envelope until one falls inside. */
	private Feature at(String name, PlaceKind kind, List<String> aliases, String communityCode, Geometry outline,
			Random random) {
		Envelope box = outline.getEnvelopeInternal();
		for (int attempt = 0; attempt < 1000; attempt++) {
			double lon = box.getMinX() + random.nextDouble() * box.getWidth();
			double lat = box.getMinY() + random.nextDouble() * box.getHeight();
			if (outline.contains(factory.createPoint(new Coordinate(lon, lat)))) {
				return new Feature(name, kind, aliases, communityCode, lat, lon);
			}
		}
		var inside = outline.getInteriorPoint();
		return new Feature(name, kind, aliases, communityCode, inside.getY(), inside.getX());
	}
}
