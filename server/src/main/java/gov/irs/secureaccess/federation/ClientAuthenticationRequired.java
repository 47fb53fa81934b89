package gov.irs.secureaccess.federation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * A request to the token, revocation or introspection endpoint that carries no client authentication Spring could
 * read (none at all, or an {@code Authorization} header that is not HTTP Basic) never reaches those endpoints' own
 * error handling: the chain's entry point answers. Without this it was a bare 401 with an empty body; RFC 6749
 * section 5.2 (and RFC 7009 section 2.2.1, RFC 7662 section 2.3) want {@code invalid_client} in JSON, with
 * {@code WWW-Authenticate} when the client tried the {@code Authorization} header. Found by the OAuth fuzzer.
 */
final class ClientAuthenticationRequired implements AuthenticationEntryPoint {

	/** The endpoints where the caller is a client, not a person. */
	static final RequestMatcher ENDPOINTS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/oauth2/token"),
			PathPatternRequestMatcher.withDefaults().matcher("/oauth2/revoke"),
			PathPatternRequestMatcher.withDefaults().matcher("/oauth2/introspect"));

	private final OAuth2ErrorHttpMessageConverter converter = new OAuth2ErrorHttpMessageConverter();

	/**
	 * The chain's bearer tokens (for userinfo) are not looked for at these endpoints: there the caller authenticates
	 * as a client, and a {@code Bearer} header or an {@code access_token} parameter made the resource server answer
	 * 401 or 400 with an empty body before the client was ever asked who it is (found by the OAuth fuzzer).
	 */
	static BearerTokenResolver notAtClientEndpoints(BearerTokenResolver resolver) {
		return (request) -> ENDPOINTS.matches(request) ? null : resolver.resolve(request);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		ServletServerHttpResponse http = new ServletServerHttpResponse(response);
		http.setStatusCode(HttpStatus.UNAUTHORIZED);
		if (request.getHeader("Authorization") != null) {
			http.getHeaders().set("WWW-Authenticate", "Basic realm=\"secure-access\"");
		}
		this.converter.write(new OAuth2Error("invalid_client", "The application did not authenticate.", null), null,
				http);
	}

}
