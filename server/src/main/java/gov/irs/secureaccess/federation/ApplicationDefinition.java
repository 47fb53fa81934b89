package gov.irs.secureaccess.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An application as its owner declares it (FED-1, FED-4): the JSON of the register-client
 * command and of the portal's applications made on first start in embedded mode.
 *
 * @param clientId the OAuth client id: 2 to 100 lower-case letters, digits and dashes
 * @param name the name people see (consent page, profile)
 * @param nameEs the name in Spanish (the English one when absent)
 * @param redirectUris where the authorization response may go; exact match. https, or
 * http only on localhost
 * @param postLogoutRedirectUris where RP-initiated logout may return to
 * @param level the level the application needs: an acr value ({@link AssuranceLevel}) or
 * {@code loa-1}..{@code loa-3}, {@code phishing-resistant}
 * @param scopes the scopes it may ask for: {@code openid} and any of
 * {@link Attributes#SCOPES}
 * @param attributes the claims it may receive, of {@link Attributes#CLAIMS} (still only
 * with the person's consent)
 * @param clientSecret the secret of a confidential client, at least 16 characters; absent
 * for a public client (a browser or mobile app), which must use PKCE
 * @param backchannelLogoutUri where the application receives logout tokens (OpenID
 * Connect Back-Channel Logout 1.0 section 2.2) when a sign-in session it was signed into
 * ends; optional; https (http only on localhost), no fragment
 * @param tokenEndpointAuthMethods how a confidential client authenticates:
 * {@code client_secret_basic} (the default) and/or {@code client_secret_post}; nothing
 * for a public client ({@code none})
 * @param proofKeyRequired whether every authorization request must carry PKCE (RFC 7636);
 * true unless set false, which only a confidential client may (an OpenID Connect client
 * that checks {@code nonce}, RFC 9700 2.1.1)
 */
public record ApplicationDefinition(String clientId, String name, String nameEs, List<String> redirectUris,
		List<String> postLogoutRedirectUris, String level, List<String> scopes, List<String> attributes,
		String clientSecret, String backchannelLogoutUri, List<String> tokenEndpointAuthMethods,
		Boolean proofKeyRequired) {

	/**
	 * The ways a confidential client may authenticate at the token, revocation and
	 * introspection endpoints.
	 */
	public static final List<String> SECRET_METHODS = List.of("client_secret_basic", "client_secret_post");

	public ApplicationDefinition {
		redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
		postLogoutRedirectUris = (postLogoutRedirectUris != null) ? List.copyOf(postLogoutRedirectUris) : List.of();
		scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
		attributes = (attributes != null) ? List.copyOf(attributes) : List.of();
		tokenEndpointAuthMethods = (tokenEndpointAuthMethods != null) ? List.copyOf(tokenEndpointAuthMethods)
				: List.of();
		if (backchannelLogoutUri != null && backchannelLogoutUri.isBlank()) {
			backchannelLogoutUri = null;
		}
	}

	/** PKCE on every request: unless a confidential client was registered without it. */
	public boolean requiresProofKey() {
		return !Boolean.FALSE.equals(this.proofKeyRequired) || !confidential();
	}

	/**
	 * The client authentication methods to register: {@code client_secret_basic} unless
	 * others are named.
	 */
	public List<String> authenticationMethods() {
		if (!confidential()) {
			return List.of("none");
		}
		return this.tokenEndpointAuthMethods.isEmpty() ? List.of("client_secret_basic") : this.tokenEndpointAuthMethods;
	}

	public boolean confidential() {
		return this.clientSecret != null;
	}

	/** The level of {@link #level()}, short names accepted. */
	public AssuranceLevel assuranceLevel() {
		String value = (this.level != null) ? this.level.trim() : "";
		switch (value) {
			case "loa-1":
				return AssuranceLevel.LOA_1;
			case "loa-2":
				return AssuranceLevel.LOA_2;
			case "loa-3":
				return AssuranceLevel.LOA_3;
			case "phishing-resistant":
				return AssuranceLevel.PHISHING_RESISTANT;
			default:
				return AssuranceLevel.ofAcr(value)
					.orElseThrow(() -> new IllegalArgumentException("level: not a known level: " + this.level));
		}
	}

	/**
	 * Everything wrong with the definition, in words for the operator; empty when it can
	 * be registered.
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (this.clientId == null || !this.clientId.matches("[a-z0-9][a-z0-9-]{1,99}")) {
			problems.add("clientId: 2 to 100 lower-case letters, digits and dashes");
		}
		if (this.name == null || this.name.isBlank() || this.name.length() > 200) {
			problems.add("name: 1 to 200 characters");
		}
		if (this.redirectUris.isEmpty()) {
			problems.add("redirectUris: at least one");
		}
		this.redirectUris.forEach((uri) -> checkUri("redirectUris", uri, problems));
		this.postLogoutRedirectUris.forEach((uri) -> checkUri("postLogoutRedirectUris", uri, problems));
		try {
			assuranceLevel();
		}
		catch (IllegalArgumentException ex) {
			problems.add(ex.getMessage());
		}
		if (!this.scopes.contains("openid")) {
			problems.add("scopes: must include openid");
		}
		this.scopes.stream()
			.filter((scope) -> !scope.equals("openid") && !Attributes.SCOPES.contains(scope))
			.forEach((scope) -> problems.add(
					"scopes: unknown scope " + scope + " (known: openid " + String.join(" ", Attributes.SCOPES) + ")"));
		this.attributes.stream()
			.filter((claim) -> !Attributes.CLAIMS.contains(claim))
			.forEach((claim) -> problems.add("attributes: unknown attribute " + claim + " (known: "
					+ String.join(" ", Attributes.CLAIMS) + ")"));
		if (this.clientSecret != null && this.clientSecret.length() < 16) {
			problems.add("clientSecret: at least 16 characters (or none, for a public client)");
		}
		if (this.backchannelLogoutUri != null) {
			checkUri("backchannelLogoutUri", this.backchannelLogoutUri, problems);
		}
		if (confidential()) {
			this.tokenEndpointAuthMethods.stream()
				.filter((method) -> !SECRET_METHODS.contains(method))
				.forEach((method) -> problems.add("tokenEndpointAuthMethods: unknown method " + method + " (known: "
						+ String.join(" ", SECRET_METHODS) + ")"));
		}
		else {
			if (this.tokenEndpointAuthMethods.stream().anyMatch((method) -> !"none".equals(method))) {
				problems.add("tokenEndpointAuthMethods: a public client (no clientSecret) authenticates with none");
			}
			if (Boolean.FALSE.equals(this.proofKeyRequired)) {
				problems.add("proofKeyRequired: a public client must use PKCE");
			}
		}
		return problems;
	}

	private static void checkUri(String field, String text, List<String> problems) {
		try {
			URI uri = new URI(text);
			String host = (uri.getHost() != null) ? uri.getHost() : "";
			boolean local = Set.of("localhost", "127.0.0.1", "[::1]").contains(host);
			if (!uri.isAbsolute() || uri.getFragment() != null || host.isEmpty()
					|| !("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local))) {
				problems.add(field + ": " + text
						+ " must be an absolute https URI without fragment (http only on localhost)");
			}
		}
		catch (URISyntaxException | NullPointerException ex) {
			problems.add(field + ": not a URI");
		}
	}

}
