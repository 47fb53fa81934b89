package gov.irs.secureaccess.federation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.stereotype.Component;

/**
 * The userinfo response (FED-2): the same subject, assurance and released attributes as the application's ID token
 * (which already holds only what is allowed and consented, FED-3), without the token's own claims.
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
				if (value instanceof java.time.Instant instant) {
					value = instant.getEpochSecond();
				}
				if (value != null) {
					claims.put(name, value);
				}
			}
		}
		return new OidcUserInfo(claims);
	}

}
