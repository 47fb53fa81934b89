package gov.irs.secureaccess.federation;

import java.util.Arrays;
import java.util.function.Predicate;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;

/**
 * When the consent page (FED-3) is shown: as Spring decides (the application asks for
 * more than {@code openid} and the person has not allowed all of it yet), and also
 * whenever the application sends {@code prompt=consent} (OIDC Core 3.1.2.1: ask again,
 * even what was allowed before), unless it asks for nothing beyond {@code openid}.
 */
final class ConsentPolicy implements Predicate<OAuth2AuthorizationCodeRequestAuthenticationContext> {

	@Override
	public boolean test(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
		if (!context.getRegisteredClient().getClientSettings().isRequireAuthorizationConsent()) {
			return false;
		}
		OAuth2AuthorizationRequest request = context.getAuthorizationRequest();
		if (request.getScopes().contains(OidcScopes.OPENID) && request.getScopes().size() == 1) {
			return false;
		}
		Object prompt = request.getAdditionalParameters().get("prompt");
		if (prompt instanceof String text && Arrays.asList(text.trim().split(" +")).contains("consent")) {
			return true;
		}
		return context.getAuthorizationConsent() == null
				|| !context.getAuthorizationConsent().getScopes().containsAll(request.getScopes());
	}

}
