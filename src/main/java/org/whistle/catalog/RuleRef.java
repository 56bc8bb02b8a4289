package org.whistle.catalog;

/** One version of a rule of the responsibility catalog, as a work order records it. */
public record RuleRef(long ruleId, int version) {

	@Override
	public String toString() {
		return ruleId + " v" + version;
	}
}
