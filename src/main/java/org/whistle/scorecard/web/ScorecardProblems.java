package org.whistle.scorecard.web;

import java.time.format.DateTimeParseException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.whistle.scorecard.ExclusionConflict;
import org.whistle.scorecard.ScorecardNotFound;
import org.whistle.workorder.OrderNotFound;

/** The scorecard API's refusals as RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = ScorecardApiController.class)
class ScorecardProblems {

	@ExceptionHandler({ ScorecardNotFound.class, OrderNotFound.class })
	ProblemDetail notFound(RuntimeException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
	}

	@ExceptionHandler(ExclusionConflict.class)
	ProblemDetail conflict(ExclusionConflict e) {
		return problem(HttpStatus.CONFLICT, "Not allowed in the exclusion's current state", e.getMessage());
	}

	@ExceptionHandler({ IllegalArgumentException.class, DateTimeParseException.class })
	ProblemDetail invalid(RuntimeException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
