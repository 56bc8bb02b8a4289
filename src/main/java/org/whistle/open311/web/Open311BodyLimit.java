package org.whistle.open311.web;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses Open311 bodies larger than {@code whistle.open311.max-body-bytes} (413, as an Open311
 * error) before anything parses them. A body sent without a length is capped by the servlet
 * container's form limit ({@code server.tomcat.max-http-form-post-size}).
 */
@Component
class Open311BodyLimit extends OncePerRequestFilter {

	private final long maxBytes;
	private final Documents documents = new Documents(ZoneOffset.UTC);

	Open311BodyLimit(@Value("${whistle.open311.max-body-bytes:65536}") long maxBytes) {
		this.maxBytes = maxBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/open311/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > maxBytes) {
			Format format = Format.ofPath(request.getRequestURI());
			response.setStatus(413);
			response.setContentType(format.mediaType().toString());
			response.getOutputStream().write(documents.write(format, "errors", new Items("error", List.of(Map.of(
					"code", 413, "description", "the body is larger than " + maxBytes + " bytes")))));
			return;
		}
		chain.doFilter(request, response);
	}
}
