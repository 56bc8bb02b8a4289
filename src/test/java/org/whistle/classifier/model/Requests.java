package org.whistle.classifier.model;

import java.util.ArrayList;
import java.util.List;

/** A few made-up requests of three categories, some raw, some segmented, for training small models in tests. */
public final class Requests {

	private Requests() {
	}

	public static final String ROADS = "交通运输";

	public static final String SCHOOLS = "教育文体";

	public static final String WATER = "城乡建设";

	public static List<LabeledText> all() {
		List<LabeledText> texts = new ArrayList<>();
		for (String text : List.of("公交车 晚点 严重 站台 等车 一个 小时", "出租车 拒载 司机 态度 恶劣", "公交线路 调整 后 换乘 不便",
				"地铁站口的公交车总是晚点，希望增加班次", "道路拥堵严重，公交车开得很慢", "出租车司机绕路多收费",
				"公交车站台没有遮雨棚", "希望开通到火车站的公交线路")) {
			texts.add(new LabeledText(ROADS, text));
		}
		for (String text : List.of("学校 收取 补课费 家长 反映", "幼儿园 学位 紧张 孩子 入学 困难", "中学 周末 补课 学生 负担 重",
				"小学入学需要哪些材料，孩子户口不在本区", "学校食堂饭菜质量差，学生吃不饱", "幼儿园乱收费，家长不满",
				"老师在校外办补习班收费", "希望学校延长课后托管时间")) {
			texts.add(new LabeledText(SCHOOLS, text));
		}
		for (String text : List.of("小区 自来水 浑浊 有 异味", "楼顶 水箱 长年 不 清洗 水质 差", "小区 停水 三天 没有 通知",
				"自来水管道破裂，小区停水", "二次供水水箱脏，自来水有霉味", "小区路灯坏了没人修，物业不管",
				"供水压力太小，高层住户没有水", "小区化粪池堵塞，污水外溢")) {
			texts.add(new LabeledText(WATER, text));
		}
		return texts;
	}
}
