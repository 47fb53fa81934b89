package gov.irs.secureaccess.federation;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The provider's endpoints (this filter is on their chain only) other than authorization
 * ({@link AuthorizationRequestChecks} answers those) refuse a request whose parameters
 * hold a control character ({@link ControlCharacterParameters}) before anything reads
 * them: the token, revocation and introspection endpoints, userinfo and JWKS with a JSON
 * {@code invalid_request} (RFC 6749 5.2), the browser's logout with our error page.
 */
final class ParameterGuard extends OncePerRequestFilter {

	private final RequestMatcher authorization;

	private final RequestMatcher logout;

	private final TokenEndpointErrors errors = new TokenEndpointErrors();

	ParameterGuard(RequestMatcher authorization, RequestMatcher logout) {
		this.authorization = authorization;
		this.logout = logout;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.authorization.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		ControlCharacterParameters.Found found = ControlCharacterParameters.in(request);
		if (found == null) {
			chain.doFilter(request, response);
			return;
		}
		if (this.logout.matches(request)) {
			request.setAttribute(AuthorizationErrors.PROBLEM, "request");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			request.getRequestDispatcher(AuthorizationErrors.ERROR_PAGE).forward(request, response);
			return;
		}
		this.errors.write(request, response, new OAuth2Error("invalid_request", found.description(), null));
	}

}
