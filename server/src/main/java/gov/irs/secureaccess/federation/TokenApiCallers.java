package gov.irs.secureaccess.federation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import gov.irs.secureaccess.taxapps.api.ApiCaller;
import gov.irs.secureaccess.taxapps.api.ApiCallerResolver;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Makes the API's caller from the validated access token (FED-1, FED-4): the application
 * is the token's audience (its client id), the account is found from the application's
 * pairwise {@code sub} ({@link SubjectAccounts}), the scopes are the token's, and the
 * level is the {@code acr} the sign-in achieved. A token whose subject no longer names an
 * account, or without an {@code acr} this service issues, makes no caller (401).
 */
@Component
final class TokenApiCallers implements ApiCallerResolver {

	private final SubjectAccounts subjects;

	TokenApiCallers(SubjectAccounts subjects) {
		this.subjects = subjects;
	}

	@Override
	public Optional<ApiCaller> resolve(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof JwtAuthenticationToken token)) {
			return Optional.empty();
		}
		return caller(token.getToken());
	}

	Optional<ApiCaller> caller(Jwt jwt) {
		List<String> audience = jwt.getAudience();
		if (audience == null || audience.size() != 1 || jwt.getSubject() == null) {
			return Optional.empty();
		}
		String clientId = audience.get(0);
		Optional<AssuranceLevel> level = Optional.ofNullable(jwt.getClaimAsString("acr"))
			.flatMap(AssuranceLevel::ofAcr);
		if (level.isEmpty()) {
			return Optional.empty();
		}
		return this.subjects.accountFor(clientId, jwt.getSubject())
			.map((accountId) -> new ApiCaller(accountId, clientId, scopes(jwt), level.get().identityLoa()));
	}

	private static Set<String> scopes(Jwt jwt) {
		Set<String> scopes = new HashSet<>();
		List<String> list = jwt.getClaimAsStringList("scope");
		if (list != null) {
			scopes.addAll(list);
		}
		return scopes;
	}

}
