package org.whistle.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Made-up citizen requests for {@link IntakeLoad}: a real category code of the demo catalog, a
 * point known to lie inside the demo city, and a Chinese title and text assembled at random from
 * the phrases below (none taken from a real data set).
 */
final class IntakeLoadRequests {

	/** A category and what callers say about it. */
	private record Topic(String code, List<String> titles, List<String> problems) {
	}

	private static final List<Topic> TOPICS = List.of(
			new Topic("010208", List.of("暖气不热", "供暖温度不达标", "暖气片漏水", "家中暖气时冷时热"),
					List.of("暖气一直不热，室温只有%d度", "暖气片摸着是凉的，屋里只有%d度", "暖气阀门漏水，地板已经泡了%d天",
							"供暖开始%d天了家里还是不热")),
			new Topic("010216", List.of("小区停水", "自来水水压低", "自来水发黄", "停水没有提前通知"),
					List.of("从早上起停水已经%d个小时", "高层水压太低，%d楼以上基本没水", "自来水发黄有异味，已经%d天",
							"突然停水%d小时，没有看到任何通知")),
			new Topic("01", List.of("小区道路破损", "楼道灯不亮", "私搭乱建", "井盖松动"),
					List.of("小区主路坑洼严重，%d位老人在这里摔倒过", "楼道灯坏了%d天没人修", "一楼住户私自扩建了约%d平方米",
							"路口井盖松动，车辆经过响声很大，已经%d天")),
			new Topic("04", List.of("夜间施工噪音扰民", "餐馆油烟直排", "垃圾堆放无人清运", "河道有异味"),
					List.of("工地每天晚上施工到%d点，噪音很大", "楼下餐馆油烟直排，窗户都不敢开，持续%d个月",
							"垃圾堆在路边%d天没人清运", "河道散发臭味，附近居民反映%d次了")),
			new Topic("06", List.of("公交站牌损坏", "路口信号灯故障", "共享单车乱停放", "出租车拒载"),
					List.of("公交站牌被撞坏%d天了", "路口信号灯不亮，早晚高峰很危险，已经%d天", "共享单车堆满人行道，大约%d辆",
							"晚上%d点打车被拒载")));

	private static final List<String> PLACE_STEMS = List.of("安华", "和平", "青年", "望京", "团结", "光明", "幸福", "翠微",
			"永定", "双榆", "明光", "花园", "育新", "芳城", "柳荫", "百子");

	private static final List<String> PLACE_ENDS = List.of("里", "苑", "家园", "小区", "北里", "西里", "东区", "新村");

	private static final List<String> ROADS = List.of("和平路", "建设街", "光华路", "学院路", "新街口大街", "西三环北路",
			"安定路", "广渠路", "莲花池东路", "北苑路");

	private static final List<String> ASKS = List.of("希望尽快处理。", "请相关部门核实处理。", "反映过一次了，还没有解决。",
			"家里有老人孩子，很着急。", "请给个答复。", "");

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林高罗";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

	private static final String[] CHANNELS = { "PHONE", "PHONE", "PHONE", "WEB", "APP" };

	private static final String[] TYPES = { "COMPLAINT", "COMPLAINT", "HELP", "HELP", "REPORT", "SUGGESTION",
			"CONSULTATION" };

	private final double[] lats;
	private final double[] lons;

	IntakeLoadRequests(double[] lats, double[] lons) {
		this.lats = lats;
		this.lons = lons;
	}

	/** One request body as JSON; every string is made of the phrases above, so nothing needs escaping. */
	String next() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		Topic topic = TOPICS.get(r.nextInt(TOPICS.size()));
		String place = pick(r, PLACE_STEMS) + pick(r, PLACE_ENDS);
		String building = (1 + r.nextInt(30)) + "号楼";
		String address = pick(r, ROADS) + (1 + r.nextInt(200)) + "号" + place + building;
		String content = place + building + (1 + r.nextInt(6)) + "单元" + (101 + r.nextInt(20) * 100 + r.nextInt(4))
				+ "室：" + pick(r, topic.problems()).formatted(2 + r.nextInt(20)) + "，" + pick(r, ASKS);
		int point = r.nextInt(lats.length);
		String channel = CHANNELS[r.nextInt(CHANNELS.length)];
		StringBuilder json = new StringBuilder(512);
		json.append("{\"channel\":\"").append(channel).append('"');
		json.append(",\"type\":\"").append(TYPES[r.nextInt(TYPES.length)]).append('"');
		json.append(",\"callerName\":\"").append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
		json.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
		if (r.nextBoolean()) {
			json.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
		}
		json.append('"');
		if (!channel.equals("WEB") || r.nextBoolean()) {
			json.append(",\"callerPhone\":\"1").append(3 + r.nextInt(7));
			for (int i = 0; i < 9; i++) {
				json.append((char) ('0' + r.nextInt(10)));
			}
			json.append('"');
		}
		json.append(",\"address\":\"").append(address).append('"');
		json.append(",\"lat\":").append(lats[point]).append(",\"lon\":").append(lons[point]);
		json.append(",\"categoryCode\":\"").append(topic.code()).append('"');
		json.append(",\"title\":\"").append(pick(r, topic.titles())).append('"');
		json.append(",\"content\":\"").append(content).append('"');
		json.append(",\"urgency\":\"").append(r.nextInt(20) == 0 ? "URGENT" : "NORMAL").append("\"}");
		return json.toString();
	}

	private static String pick(ThreadLocalRandom r, List<String> from) {
		return from.get(r.nextInt(from.size()));
	}
}
