package gov.irs.secureaccess.federation;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;

/**
 * Errors of the authorization endpoint (FED-2). When the application and its redirect URI
 * are known, the error goes back to the application as OAuth says (with {@code state} and
 * {@code iss}, and an {@code error_description} in words, {@link ErrorDescriptions});
 * when they are not (an unknown client, a redirect URI that is not registered) nothing is
 * sent anywhere: the person sees our error page ({@code /federation/error}), with status
 * 400, saying what was wrong in their words.
 */
final class AuthorizationErrors implements AuthenticationFailureHandler {

	static final String ERROR_PAGE = "/federation/error";

	/**
	 * Request attribute: which problem the error page explains ({@code client},
	 * {@code redirect} or {@code request}).
	 */
	static final String PROBLEM = "federation.problem";

	private final AuthorizationResponses responses;

	AuthorizationErrors(AuthorizationResponses responses) {
		this.responses = responses;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		OAuth2Error error = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError()
				: new OAuth2Error("invalid_request");
		OAuth2AuthorizationCodeRequestAuthenticationToken token = (exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException codeRequest)
				? codeRequest.getAuthorizationCodeRequestAuthentication() : null;
		if (token == null || !StringUtils.hasText(token.getRedirectUri())) {
			String description = (error.getDescription() != null) ? error.getDescription() : "";
			request.setAttribute(PROBLEM, description.contains(OAuth2ParameterNames.CLIENT_ID) ? "client"
					: description.contains(OAuth2ParameterNames.REDIRECT_URI) ? "redirect" : "request");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			request.getRequestDispatcher(ERROR_PAGE).forward(request, response);
			return;
		}
		this.responses.error(response, token.getRedirectUri(), error.getErrorCode(),
				ErrorDescriptions.humane(error).getDescription(), token.getState());
	}

}
