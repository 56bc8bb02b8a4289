package org.whistle.city.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.whistle.city.Area;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Location;

/** Where a point lies, and the areas as GeoJSON for the map. */
@RestController
@RequestMapping("/api/city")
class CityApiController {

	static final MediaType GEO_JSON = new MediaType("application", "geo+json", StandardCharsets.UTF_8);

	private final City city;

	CityApiController(City city) {
		this.city = city;
	}

	@GetMapping("/locate")
	LocationJson locate(@RequestParam double lat, @RequestParam double lon) {
		requireRange("lat", lat, 90);
		requireRange("lon", lon, 180);
		return city.locate(lat, lon).map(LocationJson::of).orElseThrow(() -> {
			var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
					"The point (lat %s, lon %s) is outside the jurisdiction.".formatted(lat, lon));
			problem.setTitle("Outside the jurisdiction");
			return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
		});
	}

	@GetMapping("/areas.geojson")
	ResponseEntity<String> areas(@RequestParam(defaultValue = "DISTRICT") AreaLevel level) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(city.geoJson(level));
	}

	private static void requireRange(String name, double value, int limit) {
		if (!(Math.abs(value) <= limit)) {
			throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetail.forStatusAndDetail(
					HttpStatus.BAD_REQUEST, "%s must be between -%d and %d.".formatted(name, limit, limit)), null);
		}
	}

	record AreaJson(String code, String name) {

		static AreaJson of(Area area) {
			return area == null ? null : new AreaJson(area.code(), area.name());
		}
	}

	record LocationJson(AreaJson grid, AreaJson community, AreaJson street, AreaJson district) {

		static LocationJson of(Location location) {
			return new LocationJson(AreaJson.of(location.grid()), AreaJson.of(location.community()),
					AreaJson.of(location.street()), AreaJson.of(location.district()));
		}
	}
}
