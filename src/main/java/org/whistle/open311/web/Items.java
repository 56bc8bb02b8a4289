package org.whistle.open311.web;

import java.util.List;

/**
 * A list in an Open311 document: an array in JSON, one element named {@code itemName} per item
 * in XML.
 */
record Items(String itemName, List<?> items) {

	Items {
		items = List.copyOf(items);
	}
}
