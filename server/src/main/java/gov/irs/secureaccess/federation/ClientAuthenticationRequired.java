package gov.irs.secureaccess.federation;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request to the token, revocation or introspection endpoint that carries no client
 * authentication Spring could read (none at all, or an {@code Authorization} header that
 * is not HTTP Basic) never reaches those endpoints' own error handling: the chain's entry
 * point answers. Without this it was a bare 401 with an empty body; RFC 6749 section 5.2
 * (and RFC 7009 section 2.2.1, RFC 7662 section 2.3) want {@code invalid_client} in JSON,
 * written here by {@link TokenEndpointErrors} like every other error of those endpoints.
 * Found by the OAuth fuzzer.
 */
final class ClientAuthenticationRequired implements AuthenticationEntryPoint {

	/** The endpoints where the caller is a client, not a person. */
	static final RequestMatcher ENDPOINTS = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/oauth2/token"),
			PathPatternRequestMatcher.withDefaults().matcher("/oauth2/revoke"),
			PathPatternRequestMatcher.withDefaults().matcher("/oauth2/introspect"));

	private final TokenEndpointErrors errors = new TokenEndpointErrors();

	/**
	 * The chain's bearer tokens (for userinfo) are not looked for at these endpoints:
	 * there the caller authenticates as a client, and a {@code Bearer} header or an
	 * {@code access_token} parameter made the resource server answer 401 or 400 with an
	 * empty body before the client was ever asked who it is (found by the OAuth fuzzer).
	 */
	static BearerTokenResolver notAtClientEndpoints(BearerTokenResolver resolver) {
		return (request) -> ENDPOINTS.matches(request) ? null : resolver.resolve(request);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		this.errors.write(request, response,
				ErrorDescriptions.humane(new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT)));
	}

}
