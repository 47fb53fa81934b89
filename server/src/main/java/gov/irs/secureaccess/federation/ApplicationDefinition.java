package gov.irs.secureaccess.federation;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An application as its owner declares it (FED-1, FED-4): the JSON of the register-client command and of the
 * portal's applications made on first start in embedded mode.
 *
 * @param clientId the OAuth client id: 2 to 100 lower-case letters, digits and dashes
 * @param name the name people see (consent page, profile)
 * @param nameEs the name in Spanish (the English one when absent)
 * @param redirectUris where the authorization response may go; exact match. https, or http only on localhost
 * @param postLogoutRedirectUris where RP-initiated logout may return to
 * @param level the level the application needs: an acr value ({@link AssuranceLevel}) or {@code loa-1}..{@code loa-3},
 * {@code phishing-resistant}
 * @param scopes the scopes it may ask for: {@code openid} and any of {@link Attributes#SCOPES}
 * @param attributes the claims it may receive, of {@link Attributes#CLAIMS} (still only with the person's consent)
 * @param clientSecret the secret of a confidential client (client_secret_basic), at least 16 characters; absent for a
 * public client (a browser or mobile app), which must use PKCE
 */
public record ApplicationDefinition(String clientId, String name, String nameEs, List<String> redirectUris,
		List<String> postLogoutRedirectUris, String level, List<String> scopes, List<String> attributes,
		String clientSecret) {

	public ApplicationDefinition {
		redirectUris = (redirectUris != null) ? List.copyOf(redirectUris) : List.of();
		postLogoutRedirectUris = (postLogoutRedirectUris != null) ? List.copyOf(postLogoutRedirectUris) : List.of();
		scopes = (scopes != null) ? List.copyOf(scopes) : List.of();
		attributes = (attributes != null) ? List.copyOf(attributes) : List.of();
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

	/** Everything wrong with the definition, in words for the operator; empty when it can be registered. */
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
			.forEach((scope) -> problems.add("scopes: unknown scope " + scope + " (known: openid " + String.join(" ",
					Attributes.SCOPES) + ")"));
		this.attributes.stream()
			.filter((claim) -> !Attributes.CLAIMS.contains(claim))
			.forEach((claim) -> problems.add("attributes: unknown attribute " + claim + " (known: "
					+ String.join(" ", Attributes.CLAIMS) + ")"));
		if (this.clientSecret != null && this.clientSecret.length() < 16) {
			problems.add("clientSecret: at least 16 characters (or none, for a public client)");
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
				problems.add(field + ": " + text + " must be an absolute https URI without fragment (http only on localhost)");
			}
		}
		catch (java.net.URISyntaxException | NullPointerException ex) {
			problems.add(field + ": not a URI");
		}
	}

}
