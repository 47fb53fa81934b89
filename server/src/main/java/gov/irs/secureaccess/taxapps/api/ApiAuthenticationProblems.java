package gov.irs.secureaccess.taxapps.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The API's answers when the resource server refuses a call before any controller: no
 * token, a bad one (401), or one that may not (403). Spring Security's bearer handlers
 * write the status and the {@code WWW-Authenticate} challenge of RFC 6750 section 3 (no
 * error code when no token was sent, {@code error="invalid_token"} for a bad one); the
 * body is then the same RFC 9457 problem details as every other API error
 * ({@link ApiError}), never empty.
 */
public final class ApiAuthenticationProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

	private final BearerTokenAccessDeniedHandler forbidden = new BearerTokenAccessDeniedHandler();

	private final JsonMapper json;

	public ApiAuthenticationProblems(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		this.challenge.commence(request, response, ex);
		boolean sent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		write(response, ApiError.of(response.getStatus(), "invalid_token",
				sent ? "The access token is not valid: it is malformed, expired or revoked. Sign the person in again."
						: "This API needs an access token, sent as Authorization: Bearer <token> (RFC 6750)."));
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		this.forbidden.handle(request, response, ex);
		write(response, ApiError.of(response.getStatus(), "insufficient_scope",
				"The access token does not allow this request."));
	}

	private void write(HttpServletResponse response, ApiError problem) throws IOException {
		response.setContentType(ApiError.PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		this.json.writeValue(response.getOutputStream(), problem);
	}

}
