package org.whistle.catalog;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.whistle.catalog.rule.Lead;
import org.whistle.catalog.rule.RuleDraft;
import org.whistle.catalog.rule.Rules;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;

/**
 * A responsibility catalog for the demo city: every top-level category goes somewhere
 * sensible, some subcategories to the department or company that owns them (utilities with
 * 24-hour limits when urgent), and two local rules show that the more specific rule wins.
 * Needs the demo city's units.
 */
@Component
public class CatalogDemo {

	static final String AUTHOR = "demo";

	private final Rules rules;

	private final Catalog catalog;

	private final City city;

	CatalogDemo(Rules rules, Catalog catalog, City city) {
		this.rules = rules;
		this.catalog = catalog;
		this.city = city;
	}

	/** Creates the demo rules; does nothing when the catalog has rules. */
	@Transactional
	public void generate() {
		if (!rules.isEmpty()) {
			return;
		}
		cityWide();
		utilities();
		local();
	}

	private void cityWide() {
		rule("城乡建设", "STREET", "CGW");
		rule("党务政务", "DISTRICT", "");
		rule("国土资源", "GHZ", "");
		rule("环境保护", "HBJ", "");
		rule("纪检监察", "DISTRICT", "");
		rule("交通运输", "JTW", "");
		rule("经济管理", "FGW", "");
		rule("科技与信息产业", "ZWJ", "");
		rule("民政", "MZJ", "");
		rule("农村农业", "NYJ", "");
		rule("商贸旅游", "SWU", "");
		rule("卫生计生", "WJW", "");
		rule("政法", "GAJ", "");
		rule("教育文体", "JYW", "");
		rule("劳动和社会保障", "RSJ", "");

		rule("城乡建设/安全生产", "YJJ", "");
		rule("城乡建设/城乡规划", "GHZ", "");
		rule("城乡建设/住房保障与房地产", "ZJW", "");
		rule("城乡建设/住房保障与房地产/物业服务", "COMMUNITY", "ZJW");
		rule("城乡建设/城市建设和市政管理/园林绿化", "YLJ", "");
		rule("城乡建设/城市建设和市政管理/城管执法", "ZFJ", "");
		rule("城乡建设/城市建设和市政管理/公共汽车", "JTW", "");
		rule("城乡建设/城市建设和市政管理/地铁城铁", "JTW", "");
		rules.create(draft("城乡建设/国有土地上房屋征收与补偿", "", "ZJW", "GHZ", "", "", "15", "", "", ""), AUTHOR);
		rule("环境保护/环境污染/噪音污染", "ZFJ", "HBJ");
		rule("经济管理/安全生产", "YJJ", "");
		rule("经济管理/金融财税", "SHJ", "FGW");
		rule("商贸旅游/旅游管理", "WLJ", "");
		rule("商贸旅游/市场监管", "SJJ", "");
		rule("商贸旅游/质监检验检疫", "SJJ", "");
		rule("卫生计生/食品药品监管", "SJJ", "WJW");
		rule("教育文体/体育", "TYJ", "");
		rule("教育文体/文化", "WLJ", "");
		rule("教育文体/文物管理", "WLJ", "");
		rule("农村农业/林业管理", "YLJ", "");
		rule("农村农业/水利水电", "SWJ", "");
		rule("劳动和社会保障/城镇居民社会保险", "RSJ", "YBJ");
	}

	/** Water, power, gas and heating outages: 24 hours when urgent. */
	private void utilities() {
		String works = "城乡建设/城市建设和市政管理/";
		rules.create(draft(works + "冬季采暖", "", "HEAT", "CGW", "", "12", "3", "1", "2", "24"), AUTHOR);
		rules.create(draft(works + "自来水供应", "", "WATER", "SWJ", "", "", "", "1", "2", "24"), AUTHOR);
		rules.create(draft(works + "电力供应", "", "POWER", "CGW", "", "", "", "1", "2", "24"), AUTHOR);
		rules.create(draft(works + "燃气供应", "", "GAS", "CGW YJJ", "", "", "", "1", "1", "24"), AUTHOR);
	}

	/**
	 * The first district runs municipal works from its district government, and one of its
	 * streets handles property-service complaints itself rather than through the communities.
	 */
	private void local() {
		List<Area> districts = sorted(city.areas(AreaLevel.DISTRICT));
		if (districts.isEmpty()) {
			return;
		}
		String district = districts.get(0).code();
		rules.create(draft("城乡建设/城市建设和市政管理", district, "DISTRICT", "CGW", "", "", "", "", "", ""), AUTHOR);
		sorted(city.areas(AreaLevel.STREET)).stream()
			.filter(street -> district.equals(street.parentCode()))
			.findFirst()
			.ifPresent(street -> rules.create(
					draft("城乡建设/住房保障与房地产/物业服务", street.code(), "STREET", "ZJW", "", "", "", "", "", ""), AUTHOR));
	}

	private void rule(String categoryPath, String lead, String coUnits) {
		rules.create(draft(categoryPath, "", lead, coUnits, "", "", "", "", "", ""), AUTHOR);
	}

	private RuleDraft draft(String categoryPath, String areaCode, String lead, String coUnits, String signForHours,
			String contactHours, String resolutionDays, String urgentSignForHours, String urgentContactHours,
			String urgentResolutionHours) {
		boolean place = Lead.PLACE_KINDS.stream().anyMatch(kind -> kind.name().equals(lead));
		return new RuleDraft(categoryCode(categoryPath), areaCode, place ? lead : "", place ? "" : lead, coUnits,
				signForHours, contactHours, resolutionDays, urgentSignForHours, urgentContactHours,
				urgentResolutionHours);
	}

	/** The code of the active category at a path of names such as {@code 城乡建设/安全生产}. */
	private String categoryCode(String namePath) {
		String code = null;
		for (String name : namePath.split("/")) {
			code = catalog.children(code).stream()
				.filter(category -> category.name().equals(name))
				.map(Category::code)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No category " + namePath));
		}
		return code;
	}

	private static List<Area> sorted(List<Area> areas) {
		return areas.stream().sorted(Comparator.comparing(Area::code)).toList();
	}
}
