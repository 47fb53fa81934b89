package gov.irs.secureaccess.federation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The JSON errors of the token, revocation and introspection endpoints and of client
 * authentication (RFC 6749 5.2): Spring's codes, with an {@code error_description} in
 * words ({@link ErrorDescriptions}). A client that failed to authenticate gets 401 (RFC
 * 6749 5.2, {@code invalid_client}), and {@code WWW-Authenticate: Basic} when it tried
 * HTTP Basic; everything else 400.
 */
final class TokenEndpointErrors implements AuthenticationFailureHandler {

	private final OAuth2ErrorHttpMessageConverter converter = new OAuth2ErrorHttpMessageConverter();

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		OAuth2Error error = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError()
				: new OAuth2Error("invalid_request");
		write(request, response, ErrorDescriptions.humane(error));
	}

	void write(HttpServletRequest request, HttpServletResponse response, OAuth2Error error) throws IOException {
		ServletServerHttpResponse http = new ServletServerHttpResponse(response);
		if ("invalid_client".equals(error.getErrorCode())) {
			http.setStatusCode(HttpStatus.UNAUTHORIZED);
			String authorization = request.getHeader("Authorization");
			if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
				http.getHeaders().set("WWW-Authenticate", "Basic realm=\"secure-access\"");
			}
		}
		else {
			http.setStatusCode(HttpStatus.BAD_REQUEST);
		}
		this.converter.write(error, null, http);
	}

}
