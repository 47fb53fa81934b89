package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Every answer of the authorization endpoint to an application's redirect URI carries
 * {@code iss} (RFC 9207, published as
 * {@code authorization_response_iss_parameter_supported}), so an application that talks
 * to several providers can tell which one answered (mix-up attacks): the code (Spring's
 * success, answered here) as well as every error ({@link AuthorizationErrors},
 * {@link AssuranceFilter}, {@link AuthorizationRequestChecks}).
 */
final class AuthorizationResponses implements AuthenticationSuccessHandler {

	private final String issuer;

	AuthorizationResponses(String issuer) {
		this.issuer = issuer;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		OAuth2AuthorizationCodeRequestAuthenticationToken result = (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(result.getRedirectUri())
			.queryParam(OAuth2ParameterNames.CODE, encode(result.getAuthorizationCode().getTokenValue()));
		send(response, uri, result.getState());
	}

	/**
	 * An error to the application: {@code error}, {@code error_description},
	 * {@code state}, {@code iss}.
	 */
	void error(HttpServletResponse response, String redirectUri, String error, String description, String state)
			throws IOException {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(redirectUri)
			.queryParam(OAuth2ParameterNames.ERROR, encode(error));
		if (StringUtils.hasText(description)) {
			uri.queryParam(OAuth2ParameterNames.ERROR_DESCRIPTION, encode(description));
		}
		send(response, uri, state);
	}

	private void send(HttpServletResponse response, UriComponentsBuilder uri, String state) throws IOException {
		if (StringUtils.hasText(state)) {
			uri.queryParam(OAuth2ParameterNames.STATE, encode(state));
		}
		uri.queryParam("iss", encode(this.issuer));
		// build(true): every component above is already encoded
		response.sendRedirect(uri.build(true).toUriString());
	}

	private static String encode(String value) {
		return UriUtils.encode(value, StandardCharsets.UTF_8);
	}

}
