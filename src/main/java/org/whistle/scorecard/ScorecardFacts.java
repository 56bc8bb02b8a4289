package org.whistle.scorecard;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.BulkRows;

/**
 * The facts of orders imported in bulk ({@code HistoricOrders}), which publish no events: whoever
 * imports them writes their facts here, in the same transaction.
 */
@Service
public class ScorecardFacts {

	private final FactStore facts;
	private final DataSource dataSource;

	ScorecardFacts(FactStore facts, DataSource dataSource) {
		this.facts = facts;
		this.dataSource = dataSource;
	}

	@Transactional
	public void load(List<Fact> rows) {
		BulkRows.write(dataSource, "scorecard_fact", FactStore.COLUMNS, rows.stream().map(facts::row).toList());
	}
}
