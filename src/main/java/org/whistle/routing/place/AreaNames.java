package org.whistle.routing.place;

import java.util.List;

/** Short names of areas as callers say them: 青河 for 青河区, 安平 for 安平街道 or 安平社区. */
final class AreaNames {

	private static final List<String> SUFFIXES = List.of("街道办事处", "街道", "社区", "区", "县", "镇", "乡", "村", "街");

	private AreaNames() {
	}

	/** The name without its administrative suffix when what is left has two characters or more; else none. */
	static List<String> aliases(String name) {
		for (String suffix : SUFFIXES) {
			if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
				return List.of(name.substring(0, name.length() - suffix.length()));
			}
		}
		return List.of();
	}
}
