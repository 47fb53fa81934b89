package gov.irs.secureaccess.federation;

import java.util.Map;

import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The {@code error_description} of every OAuth error the provider answers (FED-2): what
 * happened and what the application can do, in words its developer understands, instead
 * of Spring's "OAuth 2.0 Parameter: client_id". RFC 6749 (4.1.2.1, 5.2) allows only
 * printable ASCII without {@code "} and {@code \} there, so the texts keep to that. The
 * parameter Spring names, when there is one, picks the text.
 */
final class ErrorDescriptions {

	private static final String SPRING_PARAMETER = "OAuth 2.0 Parameter: ";

	private static final String SPRING_CLIENT_AUTHENTICATION = "Client authentication failed: ";

	private static final Map<String, String> BY_ERROR = Map.ofEntries(
			Map.entry("access_denied", "The person chose not to allow this application, so nothing was shared."),
			Map.entry("consent_required",
					"The person has not yet allowed this application to receive what it asks for. Send the request "
							+ "again without prompt=none so that they can be asked."),
			Map.entry("login_required",
					"Nobody is signed in to Secure Access in this browser, or the sign-in is older than max_age or is "
							+ "not the person of id_token_hint. Send the request again without prompt=none so that the "
							+ "person can sign in."),
			Map.entry("interaction_required",
					"The person has to do something at Secure Access first (reach the level asked for, use a passkey, "
							+ "or accept the user agreement). Send the request again without prompt=none."),
			Map.entry("request_not_supported",
					"Request objects (the request parameter) are not supported. Send the parameters in the query."),
			Map.entry("request_uri_not_supported", "request_uri is not supported. Send the parameters in the query."),
			Map.entry("invalid_scope", "The request asks for a scope this application is not registered for."),
			Map.entry("unsupported_response_type", "Only response_type=code is supported."),
			Map.entry("unauthorized_client",
					"This application is not registered for this grant type or response type."),
			Map.entry("invalid_grant",
					"The authorization code or refresh token is not valid: it expired, was already used or revoked, "
							+ "was issued to another application, or the redirect_uri or code_verifier does not match."),
			Map.entry("invalid_client",
					"The application could not be authenticated: an unknown client_id, a wrong secret, or a way of "
							+ "authenticating it is not registered for."),
			Map.entry("unsupported_grant_type",
					"Only the authorization_code and refresh_token grant types are supported."),
			Map.entry("unsupported_token_type", "Only access tokens and refresh tokens can be revoked."),
			Map.entry("invalid_token", "The token is not valid: expired, revoked or not issued by Secure Access."),
			Map.entry("server_error", "Something went wrong at Secure Access. Try again later."),
			Map.entry("temporarily_unavailable", "Secure Access is busy. Try again in a moment."));

	private static final Map<String, String> BY_PARAMETER = Map.ofEntries(
			Map.entry("response_type", "response_type is missing or repeated. Send response_type=code."),
			Map.entry("client_id", "client_id is missing, repeated or not an application Secure Access knows."),
			Map.entry("redirect_uri",
					"redirect_uri is missing, repeated, or not exactly one of the redirect URIs this application "
							+ "registered."),
			Map.entry("scope", "scope is missing, empty or repeated. It must include openid."),
			Map.entry("state", "state is repeated."), Map.entry("nonce", "nonce is repeated."),
			Map.entry("code_challenge",
					"PKCE is required of this application: send code_challenge, 43 to 128 characters of letters, "
							+ "digits and - . _ ~ (RFC 7636), with code_challenge_method=S256."),
			Map.entry("code_challenge_method", "code_challenge_method must be S256."),
			Map.entry("code_verifier",
					"code_verifier is missing or does not match the code_challenge of the authorization request."),
			Map.entry("prompt",
					"prompt must be none, login, consent or select_account, and none cannot be combined with another "
							+ "value (OpenID Connect Core 3.1.2.1)."),
			Map.entry("max_age", "max_age must be a whole number of seconds, 0 or more."),
			Map.entry("id_token_hint", "id_token_hint is not an ID token Secure Access issued to this application."),
			Map.entry("grant_type", "grant_type is missing or repeated."),
			Map.entry("code", "code is missing or repeated."),
			Map.entry("refresh_token", "refresh_token is missing or repeated."),
			Map.entry("token", "token is missing or repeated."),
			Map.entry("token_type_hint", "token_type_hint must be access_token or refresh_token."),
			Map.entry("principal", "Nobody is signed in to Secure Access."));

	private ErrorDescriptions() {
	}

	/** The error with our description (same code and URI). */
	static OAuth2Error humane(OAuth2Error error) {
		return new OAuth2Error(error.getErrorCode(), describe(error.getErrorCode(), parameterOf(error)),
				error.getUri());
	}

	/**
	 * The text for an error code and, for {@code invalid_request}, the parameter at fault
	 * (may be null).
	 */
	static String describe(String errorCode, String parameter) {
		if ("invalid_request".equals(errorCode)) {
			if (parameter != null && BY_PARAMETER.containsKey(parameter)) {
				return BY_PARAMETER.get(parameter);
			}
			if (parameter != null && parameter.matches("[a-z_]{1,40}")) {
				return parameter + " is missing, repeated or not valid.";
			}
		}
		String text = BY_ERROR.get(errorCode);
		return (text != null) ? text : "The request is missing something or is not valid.";
	}

	/**
	 * Parameters that cannot be read: a control character in a name, or bytes that are
	 * not percent-encoded UTF-8.
	 */
	static String unreadableParameters() {
		return "The parameters could not be read: each name and value must be percent-encoded UTF-8 without control "
				+ "characters (RFC 6749 Appendix B).";
	}

	/**
	 * A request Spring Security's firewall refused: a header or its URL holds a character
	 * no request may hold.
	 */
	static String unreadableRequest() {
		return "The request could not be read: a header or the address holds a control character or a character that "
				+ "is not assigned in Unicode. Client credentials go in an HTTP Basic header of base64 (RFC 6749 2.3.1).";
	}

	/**
	 * A parameter given more than once (RFC 6749 3.1: a parameter must not be included
	 * more than once).
	 */
	static String repeated(String parameter) {
		return parameter + " is given more than once. Send each parameter once (RFC 6749 3.1).";
	}

	/**
	 * A {@code code_challenge} that is not what RFC 7636 4.2 defines, whether or not the
	 * application must use PKCE (the text for a missing one, {@code code_challenge}
	 * above, says it must).
	 */
	static String malformedCodeChallenge() {
		return "code_challenge must be 43 to 128 characters of letters, digits and - . _ ~: the base64url SHA-256 of "
				+ "the code_verifier, with code_challenge_method=S256 (RFC 7636 4.2).";
	}

	/** A parameter holding a NUL or another control character. */
	static String controlCharacter(String parameter) {
		String name = (parameter != null && parameter.matches("[a-z_]{1,40}")) ? parameter : "A parameter";
		return name + " contains a control character, which no OAuth parameter may hold.";
	}

	/** The parameter Spring named in its description, if any. */
	static String parameterOf(OAuth2Error error) {
		String description = error.getDescription();
		if (description == null) {
			return null;
		}
		if (description.startsWith(SPRING_PARAMETER)) {
			return description.substring(SPRING_PARAMETER.length()).trim();
		}
		if (description.startsWith(SPRING_CLIENT_AUTHENTICATION)) {
			return description.substring(SPRING_CLIENT_AUTHENTICATION.length()).trim();
		}
		return null;
	}

}
