package org.whistle;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API bodies larger than {@code whistle.api.max-body-bytes} (413) before anything reads
 * them. Multipart uploads (photos) have their own limits.
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

	private final long maxBytes;
	private final ProblemResponses problems = new ProblemResponses();

	RequestBodyLimit(@Value("${whistle.api.max-body-bytes:65536}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				|| (type != null && type.startsWith("multipart/"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			problems.write(response, HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than " + maxBytes + " bytes.");
			return;
		}
		chain.doFilter(request, response);
	}
}
