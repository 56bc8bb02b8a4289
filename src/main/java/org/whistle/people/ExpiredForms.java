package org.whistle.people;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page form whose CSRF token no longer matches the session (the session ended while the form
 * was open, or another tab started a new one) is an expired form, not a lack of rights: the login
 * form and any staff form of someone no longer signed in lead to the login page saying so; a
 * signed-in user's stale form and a citizen's on the portal get the 403 page asking to reload it.
 * Every other refusal is the plain 403 page.
 */
class ExpiredForms implements AccessDeniedHandler {

	/** The request attribute that tells the error page the form had expired. */
	static final String ATTRIBUTE = "formExpired";

	private final AccessDeniedHandler refused = new AccessDeniedHandlerImpl();

	private final AuthenticationTrustResolverImpl trust = new AuthenticationTrustResolverImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		if (denied instanceof CsrfException) {
			String login = request.getContextPath() + "/login";
			String uri = request.getRequestURI();
			if (uri.equals(login) || !signedIn() && !isPortal(request, uri)) {
				response.sendRedirect(login + "?expired");
				return;
			}
			request.setAttribute(ATTRIBUTE, true);
		}
		refused.handle(request, response, denied);
	}

	/** Citizens' pages: their forms need no account, so no log-in either. */
	private static boolean isPortal(HttpServletRequest request, String uri) {
		String portal = request.getContextPath() + "/portal";
		return uri.equals(portal) || uri.startsWith(portal + "/");
	}

	private boolean signedIn() {
		return trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication());
	}
}
