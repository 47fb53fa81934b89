package gov.irs.secureaccess.taxapps.api;

import java.util.Objects;
import java.util.Set;

/**
 * Who calls the tax applications' API: the account the access token was issued for, the
 * application (OAuth client) that holds it, the scopes granted, and the level of
 * assurance (1 to 3) the account reached at sign-in. Controllers take it as a parameter;
 * an {@link ApiCallerResolver} makes it from the request.
 */
public record ApiCaller(long accountId, String clientId, Set<String> scopes, int loa) {

	public ApiCaller {
		Objects.requireNonNull(clientId, "clientId");
		scopes = Set.copyOf(scopes);
		if (loa < 0 || loa > 3) {
			throw new IllegalArgumentException("loa must be 0 to 3");
		}
	}

	public String actor() {
		return "account:" + this.accountId;
	}

}
