package org.whistle.portal.web;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.whistle.catalog.Catalog;
import org.whistle.catalog.Category;
import org.whistle.city.AreaLevel;
import org.whistle.city.City;
import org.whistle.city.Unit;
import org.whistle.city.Units;
import org.whistle.intake.InvalidRequest;
import org.whistle.intake.Photos.InvalidPhoto;
import org.whistle.portal.CategorySearch;
import org.whistle.portal.CitizenReports;
import org.whistle.portal.CitizenReports.RatingRefused;
import org.whistle.portal.CitizenReports.Receipt;
import org.whistle.portal.CitizenReports.Upload;
import org.whistle.portal.PortalStats;
import org.whistle.portal.PublicSteps;
import org.whistle.workorder.IllegalTransition;
import org.whistle.workorder.Satisfaction;
import org.whistle.workorder.WorkOrderView;
import org.whistle.workorder.WorkOrders;

/**
 * The citizen portal (市民门户): report, follow and rate a request, and this month's figures. No
 * log-in; the forms carry CSRF tokens like every other form.
 */
@Controller
@RequestMapping("/portal")
class PortalPages {

	private final CitizenReports reports;
	private final CategorySearch categories;
	private final PortalStats stats;
	private final WorkOrders orders;
	private final Catalog catalog;
	private final City city;
	private final Units units;
	private final Clock clock;

	PortalPages(CitizenReports reports, CategorySearch categories, PortalStats stats, WorkOrders orders,
			Catalog catalog, City city, Units units, Clock clock) {
		this.clock = clock;
		this.reports = reports;
		this.categories = categories;
		this.stats = stats;
		this.orders = orders;
		this.catalog = catalog;
		this.city = city;
		this.units = units;
	}

	/** A rating link in the address must not leave with a click to another site. */
	@ModelAttribute
	void noReferrer(HttpServletResponse response) {
		response.setHeader("Referrer-Policy", "no-referrer");
	}

	/** Pages show times in the city's zone. */
	@ModelAttribute("zone")
	ZoneId zone() {
		return clock.getZone();
	}

	@GetMapping
	String home() {
		return "portal/home";
	}

	@GetMapping("/report")
	String reportForm(Model model) {
		model.addAttribute("form", new ReportForm());
		return "portal/report";
	}

	@PostMapping("/report")
	String report(@ModelAttribute("form") ReportForm form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		Map<String, String> errors = new LinkedHashMap<>();
		if (form.getCallerPhone() == null || form.getCallerPhone().isBlank()) {
			errors.put("callerPhone", "required");
		}
		try {
			if (errors.isEmpty()) {
				Receipt receipt = reports.submit(form.toRequest(), uploads(files));
				redirect.addFlashAttribute("receipt", receipt);
				return "redirect:/portal/receipt";
			}
			// the intake's checks too, so that every wrong field is named at once
			reports.check(form.toRequest());
		}
		catch (InvalidRequest invalid) {
			errors.putAll(invalid.fields());
		}
		catch (InvalidPhoto invalid) {
			errors.put("photos", invalid.getMessage());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("errors", errors.keySet());
		model.addAttribute("photoError", errors.get("photos"));
		return "portal/report";
	}

	private static List<Upload> uploads(List<MultipartFile> files) throws IOException {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty() || (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty())) {
				uploads.add(new Upload(file.getOriginalFilename(), file.getBytes()));
			}
		}
		return uploads;
	}

	@GetMapping("/receipt")
	String receipt(Model model) {
		if (!(model.getAttribute("receipt") instanceof Receipt receipt)) {
			return "redirect:/portal";
		}
		model.addAttribute("ratingLink", ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/portal/track/{no}").queryParam("k", receipt.ratingKey()).build(receipt.trackingNo()).toString());
		return "portal/receipt";
	}

	/** The tracking number typed on the home page. */
	@GetMapping("/track")
	String find(@RequestParam(defaultValue = "") String no, Model model, RedirectAttributes redirect) {
		if (reports.track(no).isEmpty()) {
			model.addAttribute("notFound", no);
			return "portal/home";
		}
		redirect.addAttribute("no", reports.canonical(no).orElseThrow());
		return "redirect:/portal/track/{no}";
	}

	@GetMapping("/track/{no}")
	String track(@PathVariable String no, @RequestParam(name = "k", required = false) String ratingKey, Model model) {
		WorkOrderView order = reports.track(no).orElseThrow(UnknownTrackingNumber::new);
		model.addAttribute("no", no);
		model.addAttribute("order", order);
		model.addAttribute("steps", PublicSteps.of(orders.historyOf(order.id())));
		model.addAttribute("category", Optional.ofNullable(order.request().categoryCode())
			.flatMap(catalog::category).map(Category::name).orElse(null));
		model.addAttribute("district", Optional.ofNullable(order.request().place().districtCode())
			.flatMap(city::area).map(area -> area.name()).orElse(null));
		model.addAttribute("leadUnit", Optional.ofNullable(order.leadUnitId()).flatMap(units::byId).map(Unit::name)
			.orElse(null));
		boolean mayRate = ratingKey != null && CitizenReports.awaitsRating(order) && reports.opens(no, ratingKey);
		model.addAttribute("mayRate", mayRate);
		model.addAttribute("ratingKey", mayRate ? ratingKey : null);
		model.addAttribute("satisfactions", Satisfaction.values());
		return "portal/track";
	}

	@PostMapping("/track/{no}/rating")
	String rate(@PathVariable String no, @RequestParam("k") String ratingKey,
			@RequestParam(required = false) Boolean solved, @RequestParam(required = false) Satisfaction satisfaction,
			RedirectAttributes redirect) {
		redirect.addAttribute("no", reports.canonical(no).orElseThrow(UnknownTrackingNumber::new));
		if (solved == null || satisfaction == null) {
			redirect.addFlashAttribute("ratingIncomplete", true);
			redirect.addAttribute("k", ratingKey);
			return "redirect:/portal/track/{no}";
		}
		reports.rate(no, ratingKey, solved, satisfaction);
		redirect.addFlashAttribute("rated", true);
		return "redirect:/portal/track/{no}";
	}

	/** Suggestions under the category box (htmx). */
	@GetMapping("/categories")
	String suggestions(@RequestParam(name = "categoryText", defaultValue = "") String typed, Model model) {
		model.addAttribute("suggestions", categories.suggest(typed));
		return "portal/report :: suggestions";
	}

	@GetMapping("/stats")
	String stats(Model model) {
		model.addAttribute("month", stats.thisMonth());
		return "portal/stats";
	}

	/** The districts' outlines for the report form's map: public, like any city map. */
	@GetMapping(path = "/districts.geojson", produces = "application/geo+json")
	@ResponseBody
	ResponseEntity<String> districts() {
		return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json;charset=UTF-8"))
			.body(city.geoJson(AreaLevel.DISTRICT));
	}

	@ExceptionHandler(UnknownTrackingNumber.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String unknown(Model model) {
		model.addAttribute("problem", "unknown");
		return "portal/problem";
	}

	@ExceptionHandler(RatingRefused.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String refused(Model model) {
		model.addAttribute("problem", "refused");
		return "portal/problem";
	}

	@ExceptionHandler(IllegalTransition.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String notNow(Model model) {
		model.addAttribute("problem", "notNow");
		return "portal/problem";
	}

	static class UnknownTrackingNumber extends RuntimeException {
	}
}
