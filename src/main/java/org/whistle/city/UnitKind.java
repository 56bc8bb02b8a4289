package org.whistle.city;

/** What a handling unit is: an area's own government, a department (委办局) or a company. */
public enum UnitKind {
	DISTRICT, STREET, COMMUNITY, DEPARTMENT, COMPANY
}
