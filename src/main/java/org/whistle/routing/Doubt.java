package org.whistle.routing;

/** Why a place guess needs the operator's word. */
public enum Doubt {
	/** The guess is sure enough. */
	NONE,
	/** No place of the gazetteer is named. */
	NOT_FOUND,
	/** The words name several places equally well. */
	AMBIGUOUS,
	/** Only a district or street office is named: not where in it. */
	ONLY_BROAD,
	/** The words name places that do not lie in each other. */
	CONFLICT,
	/** Only a short name (alias) was found. */
	WEAK
}
