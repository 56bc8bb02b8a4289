package org.whistle.workorder.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.whistle.workorder.ConcurrentChange;
import org.whistle.workorder.IllegalTransition;
import org.whistle.workorder.OrderNotFound;

/** Turns the refusals of orders into RFC 9457 problems. */
@RestControllerAdvice(assignableTypes = WorkOrderApiController.class)
class WorkOrderProblems {

	@ExceptionHandler(OrderNotFound.class)
	ProblemDetail notFound(OrderNotFound e) {
		return problem(HttpStatus.NOT_FOUND, "No such work order", e.getMessage());
	}

	@ExceptionHandler(IllegalTransition.class)
	ProblemDetail illegal(IllegalTransition e) {
		return problem(HttpStatus.CONFLICT, "Not allowed in the order's current state", e.getMessage());
	}

	@ExceptionHandler(ConcurrentChange.class)
	ProblemDetail concurrent(ConcurrentChange e) {
		return problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail invalid(IllegalArgumentException e) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}
}
