package org.whistle.city;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/** Fictional but plausible place names: two characters from lists of auspicious and scenic ones. */
final class DemoNames {

	/** The districts: the central one first, then counter-clockwise from the east. */
	static final List<String> DISTRICTS = List.of("青河区", "东湖区", "北辰区", "西山区", "云岭区", "南苑区");

	private static final String FIRST = "安福兴永长德嘉瑞祥康宁泰华明清景春桃柳松竹梅兰金玉石杏枫榆槐";
	private static final String SECOND = "平和乐盛源园苑庄桥门坊里台湾坡林泉山湖溪";

	private final Iterator<String> places;

	DemoNames(Random random) {
		List<String> names = new ArrayList<>();
		for (char first : FIRST.toCharArray()) {
			for (char second : SECOND.toCharArray()) {
				names.add("" + first + second);
			}
		}
		Collections.shuffle(names, random);
		this.places = names.iterator();
	}

	/** A place name not given before. */
	String next() {
		return places.next();
	}
}
