package org.whistle.workorder.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.whistle.workorder.OrderNotFound;

/** An order the viewer may not see, or none: the error page says 404, as for any unknown page. */
@ControllerAdvice(assignableTypes = { OrderPages.class, OrderActionPages.class })
class OrderPageAdvice {

	@ExceptionHandler(OrderNotFound.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value());
	}
}
