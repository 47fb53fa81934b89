package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import gov.irs.secureaccess.platform.text.ControlCharacters;
import gov.irs.secureaccess.session.SigninAssurance;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What Spring's authorization endpoint lets through and OAuth / OpenID Connect do not
 * (issue 14), checked first, before anyone is asked to sign in for a request that cannot
 * succeed:
 * <ul>
 * <li>NUL or another control character in any parameter
 * ({@link ControlCharacterParameters});</li>
 * <li>{@code code_challenge} that is not 43 to 128 characters of the unreserved set (RFC
 * 7636 4.2);</li>
 * <li>a missing or empty {@code scope} (OIDC Core 3.1.2.1: {@code openid} is
 * required);</li>
 * <li>a {@code prompt} value OIDC Core 3.1.2.1 does not define, or {@code none} with
 * another value;</li>
 * <li>a {@code max_age} that is not a whole number of seconds, 0 or more;</li>
 * <li>a parameter given twice (RFC 6749 3.1);</li>
 * <li>{@code request} and {@code request_uri}, which are not supported (OIDC Core
 * 3.1.2.6: request_not_supported, request_uri_not_supported; discovery says so).</li>
 * </ul>
 * The error goes to the application's redirect URI when it is trustworthy (a known
 * client, a redirect URI it registered, a clean {@code state}), otherwise the person sees
 * our error page and nothing is sent anywhere.
 */
final class AuthorizationRequestChecks extends OncePerRequestFilter {

	static final Set<String> PROMPTS = Set.of("none", "login", "consent", "select_account");

	static final Pattern CODE_CHALLENGE = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");

	static final Pattern MAX_AGE = Pattern.compile("\\d{1,10}");

	/**
	 * Parameters that must not repeat; Spring checks its own (client_id, redirect_uri,
	 * scope, state, ...).
	 */
	static final List<String> SINGLE = List.of("prompt", "max_age", "nonce", "ui_locales", "login_hint", "acr_values",
			"id_token_hint", "display", "claims_locales", "code_challenge", "code_challenge_method");

	private final RequestMatcher authorize = PathPatternRequestMatcher.withDefaults()
		.matcher(SigninAssurance.RESUMABLE_PATH);

	private final RegisteredClientRepository clients;

	private final AuthorizationResponses responses;

	AuthorizationRequestChecks(RegisteredClientRepository clients, AuthorizationResponses responses) {
		this.clients = clients;
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.authorize.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		ControlCharacterParameters.Found control = ControlCharacterParameters.in(request);
		String[] problem;
		if (control != null) {
			problem = new String[] { "invalid_request", control.description() };
		}
		else if (HttpMethod.GET.matches(request.getMethod())
				|| request.getParameter(OAuth2ParameterNames.RESPONSE_TYPE) != null) {
			problem = problem(request);
		}
		else {
			// the consent page's Allow and Deny: Spring checks them against the
			// authorization it keeps
			problem = null;
		}
		if (problem == null) {
			chain.doFilter(request, response);
			return;
		}
		// Parameters that cannot be read cannot name a redirect URI to trust.
		String redirectUri = (control != null && control.unreadable()) ? null : trustworthyRedirectUri(request);
		if (redirectUri == null) {
			request.setAttribute(AuthorizationErrors.PROBLEM, "request");
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			request.getRequestDispatcher(AuthorizationErrors.ERROR_PAGE).forward(request, response);
			return;
		}
		this.responses.error(response, redirectUri, problem[0], problem[1],
				request.getParameter(OAuth2ParameterNames.STATE));
	}

	/** The error code and description of what is wrong, or null. */
	private static String[] problem(HttpServletRequest request) {
		for (String name : SINGLE) {
			String[] values = request.getParameterValues(name);
			if (values != null && values.length > 1) {
				return new String[] { "invalid_request", ErrorDescriptions.repeated(name) };
			}
		}
		if (request.getParameter("request") != null) {
			return new String[] { "request_not_supported", ErrorDescriptions.describe("request_not_supported", null) };
		}
		if (request.getParameter("request_uri") != null) {
			return new String[] { "request_uri_not_supported",
					ErrorDescriptions.describe("request_uri_not_supported", null) };
		}
		String scope = request.getParameter(OAuth2ParameterNames.SCOPE);
		if (scope == null || scope.isBlank()) {
			return invalid(OAuth2ParameterNames.SCOPE);
		}
		String challenge = request.getParameter("code_challenge");
		if (challenge != null && !CODE_CHALLENGE.matcher(challenge).matches()) {
			return new String[] { "invalid_request", ErrorDescriptions.malformedCodeChallenge() };
		}
		String prompt = request.getParameter("prompt");
		if (prompt != null && !prompt.isBlank()) {
			List<String> values = Arrays.asList(prompt.trim().split(" +"));
			if (!PROMPTS.containsAll(values) || (values.contains("none") && values.size() > 1)) {
				return invalid("prompt");
			}
		}
		String maxAge = request.getParameter("max_age");
		if (maxAge != null && !MAX_AGE.matcher(maxAge).matches()) {
			return invalid("max_age");
		}
		return null;
	}

	private static String[] invalid(String parameter) {
		return new String[] { "invalid_request", ErrorDescriptions.describe("invalid_request", parameter) };
	}

	/**
	 * The redirect URI an error may go to: a single, clean {@code redirect_uri} the known
	 * client registered (or its only one, when none is given), with a single clean
	 * {@code state}; null when any of that does not hold.
	 */
	private String trustworthyRedirectUri(HttpServletRequest request) {
		String clientId = single(request, OAuth2ParameterNames.CLIENT_ID);
		String[] states = request.getParameterValues(OAuth2ParameterNames.STATE);
		if (clientId == null || (states != null && (states.length > 1 || ControlCharacters.any(states[0])))) {
			return null;
		}
		RegisteredClient client = this.clients.findByClientId(clientId);
		if (client == null) {
			return null;
		}
		String[] redirectUris = request.getParameterValues(OAuth2ParameterNames.REDIRECT_URI);
		if (redirectUris == null) {
			return (client.getRedirectUris().size() == 1) ? client.getRedirectUris().iterator().next() : null;
		}
		return (redirectUris.length == 1 && client.getRedirectUris().contains(redirectUris[0])) ? redirectUris[0]
				: null;
	}

	private static String single(HttpServletRequest request, String name) {
		String[] values = request.getParameterValues(name);
		return (values != null && values.length == 1 && !values[0].isBlank() && !ControlCharacters.any(values[0]))
				? values[0] : null;
	}

}
