package gov.irs.secureaccess.federation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.session.SigninAssurance;

/**
 * What discovery publishes (OpenID Connect Discovery 1.0 section 3, RFC 8414 section 2),
 * at {@code /.well-known/openid-configuration} and
 * {@code /.well-known/oauth-authorization-server}: everything an application can use
 * here, and nothing it cannot (FED-2). Spring's defaults list every grant and client
 * authentication its server knows (client_credentials, token exchange, private_key_jwt,
 * tls_client_auth, DPoP) and a {@code public} subject; here applications are registered
 * only for the code flow with refresh tokens, authenticate with a secret (Basic or in the
 * body) or not at all (public clients, with PKCE), and every {@code sub} is pairwise.
 * {@code ConformanceSuiteTest} and the discovery check ({@code server/conformance}) try
 * each value and that the others are refused.
 */
final class ProviderMetadata {

	static final List<String> GRANT_TYPES = List.of("authorization_code", "refresh_token");

	/**
	 * {@code none}: a public client (a browser or mobile app), at the token endpoint
	 * only, with PKCE.
	 */
	static final List<String> TOKEN_ENDPOINT_AUTH_METHODS = List.of("client_secret_basic", "client_secret_post",
			"none");

	static final List<String> SECRET_AUTH_METHODS = List.of("client_secret_basic", "client_secret_post");

	static final List<String> PROMPT_VALUES = List.of("none", "login", "consent", "select_account");

	/**
	 * Claims of the ID token and userinfo (OIDC Core 2, 5.1, Back-Channel Logout 2.1 for
	 * sid; amr: RFC 8176).
	 */
	static final List<String> TOKEN_CLAIMS = List.of("iss", "sub", "aud", "exp", "iat", "auth_time", "nonce", "acr",
			"amr", "azp", "sid", "at_hash");

	private ProviderMetadata() {
	}

	static List<String> scopes() {
		List<String> scopes = new ArrayList<>(List.of("openid"));
		scopes.addAll(Attributes.SCOPES);
		return scopes;
	}

	static List<String> claims() {
		List<String> claims = new ArrayList<>(TOKEN_CLAIMS);
		claims.addAll(Attributes.CLAIMS);
		claims.add("email_verified");
		return claims;
	}

	/**
	 * The acr values an application may ask for, lowest first ({@link AssuranceLevel}).
	 */
	static List<String> acrValues() {
		List<String> values = new ArrayList<>(List.of(SigninAssurance.ACR_AAL2));
		for (AssuranceLevel level : AssuranceLevel.values()) {
			values.add(level.acr());
		}
		return values;
	}

	/**
	 * Both documents: OAuth 2.0 authorization server metadata (RFC 8414) and what OpenID
	 * Connect adds to it.
	 */
	static void oauth(Map<String, Object> claims) {
		claims.put("grant_types_supported", GRANT_TYPES);
		claims.put("response_types_supported", List.of("code"));
		claims.put("response_modes_supported", List.of("query"));
		claims.put("token_endpoint_auth_methods_supported", TOKEN_ENDPOINT_AUTH_METHODS);
		claims.put("revocation_endpoint_auth_methods_supported", SECRET_AUTH_METHODS);
		claims.put("introspection_endpoint_auth_methods_supported", SECRET_AUTH_METHODS);
		claims.put("code_challenge_methods_supported", List.of("S256"));
		claims.put("scopes_supported", scopes());
		claims.put("ui_locales_supported", List.of("en", "es"));
		claims.put("authorization_response_iss_parameter_supported", true);
		// Not offered: no client is registered for certificate-bound or DPoP-bound
		// tokens.
		claims.remove("tls_client_certificate_bound_access_tokens");
		claims.remove("dpop_signing_alg_values_supported");
	}

	static void openidConnect(Map<String, Object> claims) {
		oauth(claims);
		claims.put("subject_types_supported", List.of("pairwise"));
		claims.put("id_token_signing_alg_values_supported", List.of("RS256"));
		claims.put("claims_supported", claims());
		claims.put("acr_values_supported", acrValues());
		claims.put("prompt_values_supported", PROMPT_VALUES);
		claims.put("claims_parameter_supported", false);
		claims.put("request_parameter_supported", false);
		claims.put("request_uri_parameter_supported", false);
		claims.put("backchannel_logout_supported", true);
		claims.put("backchannel_logout_session_supported", true);
	}

}
