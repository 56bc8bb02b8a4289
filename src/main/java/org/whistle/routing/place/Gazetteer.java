package org.whistle.routing.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;

import org.whistle.routing.Doubt;
import org.whistle.routing.PlaceCandidate;
import org.whistle.routing.PlaceGuess;
import org.whistle.routing.PlaceKind;

/**
 * The places of a city by name and alias, found in free text with an Aho-Corasick automaton
 * (HanLP's double-array trie). Of the places named, the guess is the one that most of the others
 * agree with (it lies in them), then the most specific, then one named in full rather than by an
 * alias. Names inside a longer name found at the same spot (安平 in 安平北里) do not count.
 * The guess is sure only when it is precise (a community, road or compound), not contradicted,
 * not tied with another place, and confident enough.
 */
public final class Gazetteer {

	static final double SURE = 0.7;

	private static final Map<PlaceKind, Double> BASE = new EnumMap<>(Map.of(PlaceKind.DISTRICT, 0.3,
			PlaceKind.STREET, 0.5, PlaceKind.COMMUNITY, 0.8, PlaceKind.ROAD, 0.75, PlaceKind.COMPOUND, 0.85));

	private static final double ALIAS_PENALTY = 0.15;

	private static final double SUPPORT_BONUS = 0.1;

	private final AhoCorasickDoubleArrayTrie<List<Name>> trie = new AhoCorasickDoubleArrayTrie<>();

	private final int size;

	/** One way a feature is called: by its name (or a longer form of it) or by a short name, an alias. */
	private record Name(Feature feature, boolean alias) {
	}

	/** Words of the text that name one or more places. */
	private record Mention(int begin, int end, String words, List<Name> names) {

		boolean inside(Mention other) {
			return other != this && other.begin <= begin && other.end >= end && other.end - other.begin > end - begin;
		}
	}

	private record Scored(Feature feature, Mention mention, boolean alias, int support, int conflicts) {

		int agreement() {
			return support - conflicts;
		}
	}

	public Gazetteer(List<Feature> features) {
		TreeMap<String, List<Name>> names = new TreeMap<>();
		for (Feature feature : features) {
			names.computeIfAbsent(feature.name(), n -> new ArrayList<>()).add(new Name(feature, false));
			feature.aliases().stream().filter(alias -> !alias.isBlank() && !alias.equals(feature.name()))
				.forEach(alias -> names.computeIfAbsent(alias, n -> new ArrayList<>())
					.add(new Name(feature, alias.length() < feature.name().length())));
		}
		size = features.size();
		if (!names.isEmpty()) {
			trie.build(names);
		}
	}

	public int size() {
		return size;
	}

	/** The place the text names, how sure that is, and every place it names. */
	public PlaceGuess match(String text) {
		if (text == null || text.isBlank() || size == 0) {
			return PlaceGuess.notFound();
		}
		List<Mention> mentions = mentions(text);
		if (mentions.isEmpty()) {
			return PlaceGuess.notFound();
		}
		List<Scored> scored = new ArrayList<>();
		for (Mention mention : mentions) {
			for (Name name : mention.names()) {
				scored.add(score(name, mention, mentions));
			}
		}
		Comparator<Scored> order = Comparator.comparingInt(Scored::agreement).reversed()
			.thenComparing(Comparator.comparing((Scored s) -> s.feature().kind()).reversed())
			.thenComparing(Scored::alias)
			.thenComparing(s -> s.mention().begin());
		scored.sort(order);
		Scored best = scored.get(0);
		long tied = scored.stream().filter(other -> isTied(best, other)).map(Scored::feature).distinct().count() + 1;
		double confidence = confidence(best, tied);
		Doubt doubt = doubt(best, tied, confidence);
		return new PlaceGuess(Optional.of(best.feature().candidate(best.mention().words())), confidence,
				doubt == Doubt.NONE, doubt, candidates(scored), Optional.empty());
	}

	private List<Mention> mentions(String text) {
		Map<String, Mention> found = new LinkedHashMap<>();
		List<Mention> all = trie.parseText(text).stream()
			.map(hit -> new Mention(hit.begin, hit.end, text.substring(hit.begin, hit.end), hit.value))
			.toList();
		all.stream().filter(mention -> all.stream().noneMatch(mention::inside))
			.forEach(mention -> found.putIfAbsent(mention.words(), mention));
		return List.copyOf(found.values());
	}

	private static Scored score(Name name, Mention own, List<Mention> mentions) {
		int support = 0;
		int conflicts = 0;
		for (Mention other : mentions) {
			if (other == own) {
				continue;
			}
			if (other.names().stream().anyMatch(n -> name.feature().liesIn(n.feature()))) {
				support++;
			}
			else if (other.names().stream().noneMatch(n -> name.feature().agreesWith(n.feature()))) {
				conflicts++;
			}
		}
		return new Scored(name.feature(), own, name.alias(), support, conflicts);
	}

	/** Another place that fits the words as well and is not the same spot: the same agreement and kind, or the same words. */
	private static boolean isTied(Scored best, Scored other) {
		return !other.feature().agreesWith(best.feature()) && other.agreement() == best.agreement()
				&& (other.feature().kind() == best.feature().kind() || other.mention() == best.mention());
	}

	private static double confidence(Scored best, long tied) {
		double value = BASE.get(best.feature().kind()) + SUPPORT_BONUS * best.support();
		if (best.alias() && best.support() == 0) {
			value -= ALIAS_PENALTY;
		}
		value *= Math.pow(0.5, best.conflicts());
		return Math.max(0, Math.min(0.99, value / tied));
	}

	private static Doubt doubt(Scored best, long tied, double confidence) {
		if (tied > 1) {
			return Doubt.AMBIGUOUS;
		}
		if (best.conflicts() > 0) {
			return Doubt.CONFLICT;
		}
		if (!best.feature().kind().isPrecise()) {
			return Doubt.ONLY_BROAD;
		}
		return confidence < SURE ? Doubt.WEAK : Doubt.NONE;
	}

	private static List<PlaceCandidate> candidates(List<Scored> scored) {
		Map<Feature, PlaceCandidate> distinct = new LinkedHashMap<>();
		scored.forEach(s -> distinct.putIfAbsent(s.feature(), s.feature().candidate(s.mention().words())));
		return List.copyOf(distinct.values());
	}
}
