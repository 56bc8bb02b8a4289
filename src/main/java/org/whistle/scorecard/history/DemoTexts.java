package org.whistle.scorecard.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Titles and texts of requests: read where they lie from the tipdm 2020 contest's
 * {@code messages.tsv} (subject and body columns) when the folder has it, otherwise made up
 * from a few problems and places.
 */
record DemoTexts(List<String[]> texts, String source) {

	private static final int TITLE = 200;
	private static final int CONTENT = 1000;

	private static final String[] PROBLEMS = { "路灯不亮", "小区暖气不热", "楼道堆放杂物", "道路积水", "噪音扰民",
			"垃圾清运不及时", "共享单车乱停放", "井盖缺失", "占道经营", "停水未通知", "违章搭建", "树木倒伏" };

	private static final String[] DETAILS = { "已经持续一周，居民出行很不方便。", "多次反映没有解决，希望尽快处理。",
			"夜间尤其严重，影响老人和孩子休息。", "存在安全隐患，请相关部门查看。" };

	static DemoTexts from(Path folder) throws IOException {
		Path messages = folder == null ? null : folder.resolve("messages.tsv");
		if (messages == null || !Files.isReadable(messages)) {
			return made();
		}
		List<String[]> texts = new ArrayList<>();
		try (var lines = Files.lines(messages, StandardCharsets.UTF_8)) {
			lines.skip(1).forEach(line -> {
				String[] cells = line.split("\t", -1);
				if (cells.length >= 5 && !cells[2].isBlank() && !cells[4].isBlank()) {
					texts.add(new String[] { cut(cells[2].strip(), TITLE), cut(cells[4].strip(), CONTENT) });
				}
			});
		}
		return texts.isEmpty() ? made() : new DemoTexts(List.copyOf(texts), messages.toString());
	}

	static DemoTexts made() {
		List<String[]> texts = new ArrayList<>();
		for (String problem : PROBLEMS) {
			for (String detail : DETAILS) {
				texts.add(new String[] { problem, problem + "，" + detail });
			}
		}
		return new DemoTexts(List.copyOf(texts), "made-up texts");
	}

	String[] pick(SplittableRandom random) {
		return texts.get(random.nextInt(texts.size()));
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}
}
