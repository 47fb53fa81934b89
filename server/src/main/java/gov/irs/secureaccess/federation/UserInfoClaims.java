package gov.irs.secureaccess.federation;

import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * The userinfo response (FED-2): the same subject, assurance and released attributes as
 * the application's ID token (which already holds only what is allowed and consented,
 * FED-3), without the token's own claims. {@code auth_time} is a NumericDate (seconds
 * since the epoch, OIDC Core 2 and 5.1) as in the ID token, taken from the sign-in the
 * authorization keeps: the ID token's stored claims come back from the database as
 * whatever JSON made of them.
 */
@Component
class UserInfoClaims implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

	static final List<String> CLAIMS = List.of("sub", "acr", "amr", "auth_time", "given_name", "family_name", "email",
			"email_verified", "identity_verified");

	@Override
	public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
		OAuth2Authorization authorization = context.getAuthorization();
		OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
		Map<String, Object> claims = new LinkedHashMap<>();
		if (idToken != null) {
			Map<String, Object> source = idToken.getToken().getClaims();
			for (String name : CLAIMS) {
				Object value = source.get(name);
				if (value != null) {
					claims.put(name, value);
				}
			}
		}
		Long authTime = authTime(authorization, claims.get("auth_time"));
		if (authTime != null) {
			claims.put("auth_time", authTime);
		}
		else {
			claims.remove("auth_time");
		}
		return new OidcUserInfo(claims);
	}

	private static Long authTime(OAuth2Authorization authorization, Object stored) {
		Object principal = authorization.getAttribute(Principal.class.getName());
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof FederatedSignIn signIn) {
			return signIn.authTime();
		}
		if (stored instanceof Instant instant) {
			return instant.getEpochSecond();
		}
		if (stored instanceof Date date) {
			return date.toInstant().getEpochSecond();
		}
		if (stored instanceof Number number) {
			return number.longValue();
		}
		if (stored instanceof String text) {
			try {
				return Instant.parse(text).getEpochSecond();
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}
		return null;
	}

}
