package gov.irs.secureaccess.federation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The attributes (claims) an application may receive and the scopes that carry them
 * (FED-3). Only the intersection of what the application is allowed and what the person
 * consented to is ever released; the SSN, date of birth, address and phone never are.
 */
public final class Attributes {

	/** Scopes beyond {@code openid}, in the order the consent page lists them. */
	public static final List<String> SCOPES = List.of("profile", "email", "taxdata.read", "tin.match",
			"documents.write");

	/** Claims an application may be allowed. */
	public static final List<String> CLAIMS = List.of("given_name", "family_name", "email", "identity_verified");

	/** Which claims each scope carries. */
	static final Map<String, List<String>> CLAIMS_OF_SCOPE = Map.of("profile",
			List.of("given_name", "family_name", "identity_verified"), "email", List.of("email"));

	private Attributes() {
	}

	/**
	 * The claims to release: allowed for the application and carried by a scope the
	 * person consented to.
	 */
	public static Set<String> released(Set<String> allowed, Set<String> consentedScopes) {
		Set<String> released = new LinkedHashSet<>();
		for (String scope : consentedScopes) {
			for (String claim : CLAIMS_OF_SCOPE.getOrDefault(scope, List.of())) {
				if (allowed.contains(claim)) {
					released.add(claim);
				}
			}
		}
		return released;
	}

}
