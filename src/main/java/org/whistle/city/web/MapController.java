package org.whistle.city.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;

/** The city map: districts, street offices and grids over optional map tiles. */
@Controller
class MapController {

	private final City city;
	private final String tileUrl;
	private final String tileAttribution;

	MapController(City city, @Value("${whistle.map.tile-url:}") String tileUrl,
			@Value("${whistle.map.tile-attribution:}") String tileAttribution) {
		this.city = city;
		this.tileUrl = tileUrl;
		this.tileAttribution = tileAttribution;
	}

	@GetMapping("/map")
	String map(Model model) {
		model.addAttribute("districts", city.areas(AreaLevel.DISTRICT));
		model.addAttribute("tileUrl", tileUrl);
		model.addAttribute("tileAttribution", tileAttribution);
		return "city/map";
	}
}
