package gov.irs.secureaccess.platform.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import gov.irs.secureaccess.platform.db.DatabaseAway;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * While the database cannot be reached (a failover: the primary gone, the replica not yet
 * promoted; or connections cut under a request), the request is answered 503 with
 * {@code Retry-After} (RFC 9110 section 15.6.4) and the service's own "try again" page,
 * not a 500: nothing was saved, and the person's journey stands where it was, since its
 * transaction rolled back with the connection. It sits before the session filter, whose
 * loading and saving of the session is where most requests first meet the database, and
 * renders the one error page itself, with a request that has no session: the usual error
 * dispatch would pass the session and security filters again, and they would meet the
 * missing database once more. Anything else goes on to the error page as before.
 */
final class DatabaseUnavailable extends OncePerRequestFilter {

	/**
	 * After {@link StartupGate}, before Spring Session's filter
	 * ({@code Integer.MIN_VALUE + 50}).
	 */
	static final int ORDER = StartupGate.ORDER + 1;

	/**
	 * Seconds: a Patroni failover takes about a time-to-live (10-30 s); a retry sooner
	 * finds a pool reconnected.
	 */
	static final String RETRY_AFTER = "10";

	/**
	 * What a machine reads while the database is away: no detail beyond that it is
	 * temporary.
	 */
	static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
			+ "\"detail\":\"The service cannot reach its records just now. Try again in a moment.\","
			+ "\"error\":\"temporarily_unavailable\","
			+ "\"error_description\":\"The service cannot reach its records just now. Try again in a moment.\"}";

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	private final ObjectProvider<ViewResolver> views;

	private final ObjectProvider<LocaleResolver> locales;

	DatabaseUnavailable(ObjectProvider<ViewResolver> views, ObjectProvider<LocaleResolver> locales) {
		this.views = views;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!unavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			// No message or path: only that it happened (DATA-3); the monitoring sees
			// /readyz go down as well.
			log.warn("Database unavailable, answered 503 ({})", rootCause(ex).getClass().getSimpleName());
			response.resetBuffer();
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader("Retry-After", RETRY_AFTER);
			if (answersJson(request)) {
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write(PROBLEM);
				return;
			}
			render(new WithoutSession(request), response);
		}
	}

	/**
	 * The API and the token, introspection, revocation and userinfo endpoints answer
	 * machines: JSON, as their other errors (RFC 9457 problem details with the OAuth
	 * {@code error} members, RFC 6749 section 5.2), not the page.
	 */
	static boolean answersJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/") || path.equals("/userinfo") || path.equals("/oauth2/token")
				|| path.equals("/oauth2/introspect") || path.equals("/oauth2/revoke");
	}

	private void render(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			LocaleResolver localeResolver = this.locales.getIfUnique();
			Locale locale = request.getLocale();
			if (localeResolver != null) {
				request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, localeResolver);
				locale = localeResolver.resolveLocale(request);
			}
			ViewResolver resolver = this.views.getIfAvailable();
			View view = (resolver != null) ? resolver.resolveViewName(ErrorPageViewResolver.VIEW, locale) : null;
			if (view != null) {
				view.render(Map.of("status", 503, "messageKey",
						ErrorPageViewResolver.messageKey(HttpStatus.SERVICE_UNAVAILABLE)), request, response);
				return;
			}
		}
		catch (Exception ex) {
			log.warn("The 503 page could not be rendered ({})", ex.getClass().getSimpleName());
			response.resetBuffer();
		}
		response.setContentType("text/plain;charset=UTF-8");
		response.getWriter().write("503 Service Unavailable: please try again in a moment.");
	}

	/**
	 * The request as the error page sees it: no session to load (it lives in the database
	 * that is away).
	 */
	private static final class WithoutSession extends HttpServletRequestWrapper {

		WithoutSession(HttpServletRequest request) {
			super(request);
		}

		@Override
		public HttpSession getSession(boolean create) {
			return null;
		}

		@Override
		public HttpSession getSession() {
			return null;
		}

	}

	static boolean unavailable(Throwable ex) {
		return DatabaseAway.isCause(ex);
	}

	private static Throwable rootCause(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

}
