package org.whistle.intake.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.whistle.intake.IdempotencyConflict;
import org.whistle.intake.Intake;
import org.whistle.intake.InvalidRequest;
import org.whistle.intake.NewRequest;
import org.whistle.people.StaffDetails;
import org.whistle.workorder.OrderStatus;
import org.whistle.workorder.WorkOrderView;

/**
 * {@code POST /api/requests}: registers a request from another system or an operator's client.
 * {@code Idempotency-Key} makes retries safe: the same key and body return the same order.
 */
@RestController
class RequestApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final Intake intake;

	RequestApiController(Intake intake) {
		this.intake = intake;
	}

	@PostMapping("/api/requests")
	@PreAuthorize("hasAnyRole('OPERATOR', 'ADMIN', 'GRID_WORKER', 'DISPATCHER')")
	ResponseEntity<Created> register(@RequestBody NewRequest request,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
			@AuthenticationPrincipal StaffDetails user) {
		if (key != null && key.length() > 200) {
			throw new InvalidRequest(Map.of(IDEMPOTENCY_KEY, "at most 200 characters"));
		}
		Intake.Registered registered = intake.register(request, user.staff(), key);
		WorkOrderView order = registered.order();
		return ResponseEntity.created(URI.create("/api/work-orders/" + order.id()))
			.header("Idempotent-Replayed", String.valueOf(registered.replayed()))
			.body(Created.of(order));
	}

	@ExceptionHandler(InvalidRequest.class)
	ProblemDetail invalid(InvalidRequest e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request has invalid fields: " + String.join(", ", e.fields().keySet()));
		problem.setTitle("Invalid request");
		problem.setProperty("fields", e.fields());
		return problem;
	}

	@ExceptionHandler(IdempotencyConflict.class)
	ProblemDetail conflict(IdempotencyConflict e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
		problem.setTitle("Idempotency-Key reused");
		return problem;
	}

	record Created(long id, String orderNo, OrderStatus status, Long leadUnitId, Deadlines deadlines, String rule) {

		static Created of(WorkOrderView order) {
			var d = order.deadlines();
			return new Created(order.id(), order.orderNo(), order.status(), order.leadUnitId(),
					d == null ? null : new Deadlines(d.signBy(), d.contactBy(), d.resolveBy()), order.limits().rule());
		}
	}

	record Deadlines(Instant signBy, Instant contactBy, Instant resolveBy) {
	}
}
