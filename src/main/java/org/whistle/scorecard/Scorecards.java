package org.whistle.scorecard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.city.City;
import org.whistle.city.Unit;
import org.whistle.city.Units;

/**
 * Scores a period: one aggregate over the facts, the three rates and the composite in Java,
 * ranked with ties, compared with the period before. A published month is read from its frozen
 * snapshot instead, so late callbacks do not move it.
 */
@Service
@EnableConfigurationProperties(ScoringRules.class)
public class Scorecards {

	private final FactStore facts;
	private final PublicationStore publications;
	private final ScoringRules rules;
	private final Units units;
	private final City city;

	Scorecards(FactStore facts, PublicationStore publications, ScoringRules rules, Units units, City city) {
		this.facts = facts;
		this.publications = publications;
		this.rules = rules;
		this.units = units;
		this.city = city;
	}

	public ScoringRules rules() {
		return rules;
	}

	@Transactional(readOnly = true)
	public Scorecard evaluate(Period period, Level level, String category) {
		Unscored current = scores(period, level, category);
		Map<String, BigDecimal> previous = new HashMap<>();
		scores(period.previous(), level, category).scores().forEach(s -> {
			if (s.rates().composite() != null) {
				previous.put(s.key(), s.rates().composite());
			}
		});
		return new Scorecard(period, level, blankToNull(category), current.publication(),
				Ranking.rank(current.scores(), previous, rules));
	}

	/** The live numbers, ignoring any publication: what a (re-)publication would freeze. */
	@Transactional(readOnly = true)
	public Scorecard evaluateLive(Period period, Level level) {
		return new Scorecard(period, level, null, Optional.empty(), Ranking.rank(live(period, level, null), Map.of(), rules));
	}

	/** The live numbers of every level, from one pass over the period's facts. */
	@Transactional(readOnly = true)
	public Map<Level, Scorecard> evaluateLive(Period period) {
		Map<Level, Scorecard> cards = new EnumMap<>(Level.class);
		facts.talliesOfEveryLevel(period).forEach((level, tallies) -> cards.put(level, new Scorecard(period, level,
				null, Optional.empty(), Ranking.rank(unitScores(level, tallies), Map.of(), rules))));
		return cards;
	}

	/** The orders that counted against a unit (overdue, not solved or not satisfied at the callback). */
	@Transactional(readOnly = true)
	public List<Fact> against(Period period, Level level, String key) {
		return facts.against(period, level, key);
	}

	@Transactional(readOnly = true)
	public Optional<Fact> fact(long orderId) {
		return facts.find(orderId);
	}

	/**
	 * The published scorecards of the months before {@code period} (at most {@code months} of
	 * them, oldest first), for the trend: read from their snapshots, so the trend costs no scan of
	 * the facts. Months never published are left out.
	 */
	@Transactional(readOnly = true)
	public List<Scorecard> publishedBefore(Period period, Level level, int months) {
		List<Scorecard> cards = new ArrayList<>();
		for (int back = months; back >= 1; back--) {
			Period month = Period.month(period.first().minusMonths(back));
			publications.latest(month, level).ifPresent(frozen -> cards.add(new Scorecard(month, level, null,
					Optional.of(frozen.publication()), Ranking.rank(frozen.scores(), Map.of(), rules))));
		}
		return cards;
	}

	private record Unscored(Optional<Scorecard.Publication> publication, List<UnitScore> scores) {
	}

	private Unscored scores(Period period, Level level, String category) {
		if (period.isMonth() && blankToNull(category) == null) {
			var frozen = publications.latest(period, level);
			if (frozen.isPresent()) {
				return new Unscored(Optional.of(frozen.get().publication()), frozen.get().scores());
			}
		}
		return new Unscored(Optional.empty(), live(period, level, category));
	}

	private List<UnitScore> live(Period period, Level level, String category) {
		return unitScores(level, facts.tallies(period, level, blankToNull(category)));
	}

	private List<UnitScore> unitScores(Level level, Map<String, Tally> tallies) {
		Map<Long, Unit> byId = units.all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
		Map<String, Unit> byArea = units.all().stream().filter(u -> u.areaCode() != null)
			.collect(Collectors.toMap(Unit::areaCode, Function.identity(), (a, b) -> a));
		List<UnitScore> scores = new ArrayList<>();
		tallies.forEach((key, tally) -> {
			Unit unit = level == Level.DISTRICT ? byArea.get(key) : byId.get(Long.parseLong(key));
			String name = unit != null ? unit.name()
					: level == Level.DISTRICT ? city.area(key).map(a -> a.name()).orElse(key) : key;
			String code = level == Level.DISTRICT || unit == null ? key : unit.code();
			scores.add(new UnitScore(key, unit == null ? null : unit.id(), code, name, tally, rules.rates(tally), 0,
					null, 0));
		});
		return scores;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
