package org.whistle.open311.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.whistle.open311.Open311Error;
import org.whistle.open311.Open311Service;
import org.whistle.open311.PublicRequests;
import org.whistle.open311.RequestQuery;
import org.whistle.open311.ServiceAttribute;
import org.whistle.open311.ServiceRequest;
import org.whistle.open311.Services;
import org.whistle.open311.Submission;
import org.whistle.open311.Submissions;
import org.whistle.open311.UpdatesWindow;

/**
 * Open311 GeoReport v2 at {@code /open311/v2/}: every resource in JSON and XML by its suffix,
 * every error as {@code errors/error{code,description}}.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";
	static final String CHANGESET = "2026-11-22T00:00:00+08:00";

	private final Services services;
	private final Submissions submissions;
	private final PublicRequests requests;
	private final Documents documents;
	private final Clock clock;

	Open311Controller(Services services, Submissions submissions, PublicRequests requests, Clock clock) {
		this.services = services;
		this.submissions = submissions;
		this.requests = requests;
		this.documents = new Documents(clock.getZone());
		this.clock = clock;
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<byte[]> discovery(@PathVariable String format) {
		Format f = format(format);
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2/").toUriString();
		Map<String, Object> endpoint = map("specification", SPECIFICATION, "url", url, "changeset", CHANGESET,
				"type", "production", "formats", new Items("format", List.of("text/xml", "application/json")));
		return ok(f, "discovery", map("changeset", CHANGESET, "contact", "12345", "key_service",
				"API keys for client applications are issued by the city's administrators.", "endpoints",
				new Items("endpoint", List.of(endpoint))));
	}

	@GetMapping("/services.{format}")
	ResponseEntity<byte[]> services(@PathVariable String format) {
		Format f = format(format);
		return ok(f, "services", new Items("service", services.list().stream().map(Open311Controller::service).toList()));
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<byte[]> definition(@PathVariable String code, @PathVariable String format) {
		Format f = format(format);
		Open311Service service = services.find(code)
			.orElseThrow(() -> Open311Error.notFound("service_code: no service " + code));
		List<Object> attributes = services.attributes(service).stream().map(Open311Controller::attribute)
			.map(Object.class::cast).toList();
		return ok(f, "service_definition", map("service_code", service.code(), "attributes",
				new Items("attribute", attributes)));
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<byte[]> requests(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
			Locale locale) {
		Format f = format(format);
		RequestQuery query = RequestQuery.parse(params, clock.instant(), clock.getZone());
		return ok(f, "service_requests", new Items("request",
				requests.search(query, locale).stream().map(this::request).toList()));
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<byte[]> request(@PathVariable String id, @PathVariable String format,
			@RequestParam MultiValueMap<String, String> params, Locale locale) {
		Format f = format(format);
		boolean extensions = RequestQuery.extensions(params);
		ServiceRequest request = requests.find(id, extensions, locale)
			.orElseThrow(() -> Open311Error.notFound("service_request_id: no request " + id));
		return ok(f, "service_requests", new Items("request", List.of(request(request))));
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<byte[]> submit(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
		Format f = format(format);
		Submissions.Receipt receipt = submissions.submit(Submission.of(form));
		Map<String, Object> created = map("service_request_id", receipt.serviceRequestId(), "token", receipt.token(),
				"service_notice", null, "account_id", null);
		return ResponseEntity.status(HttpStatus.CREATED).contentType(f.mediaType())
			.body(documents.write(f, "service_requests", new Items("request", List.of(created))));
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<byte[]> token(@PathVariable String token, @PathVariable String format) {
		Format f = format(format);
		String id = requests.byToken(token).orElseThrow(() -> Open311Error.notFound("token: no request for " + token));
		return ok(f, "service_requests", new Items("request", List.of(map("service_request_id", id, "token", token))));
	}

	@GetMapping("/servicerequestupdates.{format}")
	ResponseEntity<byte[]> updates(@PathVariable String format, @RequestParam MultiValueMap<String, String> params,
			Locale locale) {
		Format f = format(format);
		UpdatesWindow window = UpdatesWindow.parse(params, clock.instant(), clock.getZone());
		return ok(f, "service_request_updates", new Items("request_update",
				requests.updates(window, locale).stream().map(this::update).toList()));
	}

	@RequestMapping("/**")
	ResponseEntity<byte[]> unknown(HttpServletRequest request) {
		throw Open311Error.notFound("no such resource: " + request.getRequestURI());
	}

	@ExceptionHandler(Open311Error.class)
	ResponseEntity<byte[]> error(Open311Error error, HttpServletRequest request) {
		Format f = Format.ofPath(request.getRequestURI());
		List<Object> errors = error.descriptions().stream()
			.map(d -> (Object) map("code", error.status(), "description", d)).toList();
		return ResponseEntity.status(error.status()).contentType(f.mediaType())
			.body(documents.write(f, "errors", new Items("error", errors)));
	}

	private ResponseEntity<byte[]> ok(Format format, String root, Object document) {
		return ResponseEntity.ok().contentType(format.mediaType()).body(documents.write(format, root, document));
	}

	private static Format format(String suffix) {
		return Format.of(suffix)
			.orElseThrow(() -> Open311Error.notFound("format: '" + suffix + "' is neither json nor xml"));
	}

	private static Map<String, Object> service(Open311Service s) {
		return map("service_code", s.code(), "service_name", s.name(), "description", s.description(), "metadata",
				s.metadata(), "type", "realtime", "keywords", s.keywords(), "group", s.group());
	}

	private static Map<String, Object> attribute(ServiceAttribute a) {
		Map<String, Object> attribute = map("variable", a.variable(), "code", a.code(), "datatype",
				a.datatype().code(), "required", a.required(), "datatype_description", a.datatypeDescription(),
				"order", a.order(), "description", a.description());
		if (a.datatype().isList()) {
			attribute.put("values", new Items("value",
					a.values().stream().map(v -> map("key", v.key(), "name", v.name())).toList()));
		}
		return attribute;
	}

	private Map<String, Object> request(ServiceRequest r) {
		Map<String, Object> request = map("service_request_id", r.serviceRequestId(), "status",
				r.open() ? "open" : "closed", "status_notes", r.statusNotes(), "service_name", r.serviceName(),
				"service_code", r.serviceCode(), "description", r.description(), "agency_responsible",
				r.agencyResponsible(), "service_notice", null, "requested_datetime", r.requestedAt(),
				"updated_datetime", r.updatedAt(), "expected_datetime", r.expectedAt(), "address", r.address(),
				"address_id", null, "zipcode", null, "lat", r.lat(), "long", r.lon(), "media_url", r.mediaUrl());
		if (r.notes() != null) {
			request.put("extended_attributes", map("detailed_status", r.detailedStatus(), "notes",
					new Items("note", r.notes().stream().map(this::note).toList())));
		}
		return request;
	}

	private Map<String, Object> note(ServiceRequest.Note n) {
		return map("datetime", n.at(), "status", n.open() ? "open" : "closed", "detailed_status",
				n.detailedStatus(), "description", n.description());
	}

	private Map<String, Object> update(ServiceRequest.Note n) {
		return map("update_id", String.valueOf(n.id()), "service_request_id", n.serviceRequestId(), "status",
				n.open() ? "open" : "closed", "external_status_code", n.detailedStatus(), "updated_datetime", n.at(),
				"description", n.description(), "media_url", null);
	}

	/** An ordered map from alternating keys and values; values may be null. */
	private static Map<String, Object> map(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}
}
