package gov.irs.secureaccess.taxapps.api;

import org.springframework.stereotype.Component;

/**
 * Checks a caller against what an application needs ({@link ApiAccess}): first the scope,
 * then the level. The {@code acr} value asked for in a step-up is {@link #acrFor(int)};
 * the OpenID provider (phase 2) must use the same.
 */
@Component
public final class ApiPolicy {

	/** The {@code acr} values of the levels, as the provider issues them. */
	public static String acrFor(int loa) {
		return "urn:gov:irs:secure-access:loa-" + loa;
	}

	/**
	 * Lets the call through only with the scope and the assurance level its access needs.
	 * @throws ApiAccessDenied when the caller lacks the scope or the level
	 */
	public void require(ApiCaller caller, ApiAccess access) {
		if (!caller.scopes().contains(access.scope())) {
			throw new ApiAccessDenied("insufficient_scope", 403,
					"The access token does not carry the scope " + access.scope() + ".", access.scope(), null);
		}
		if (caller.loa() < access.loa()) {
			throw new ApiAccessDenied("insufficient_user_authentication", 401,
					"This application needs identity assurance level " + access.loa() + ".", null,
					acrFor(access.loa()));
		}
	}

	static ApiAccessDenied noCaller() {
		return new ApiAccessDenied("invalid_token", 401, "A valid access token is required.", null, null);
	}

}
