package gov.irs.secureaccess.portal.signin;

import java.util.Optional;

import gov.irs.secureaccess.portal.api.AccessTokens;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

/**
 * The access token of the application the person signed in through (the current
 * authentication's registration), from its authorized client; Spring's
 * {@link OAuth2AuthorizedClientManager} refreshes it when it has expired. When it cannot
 * (the refresh token expired, or the consent was revoked), the person signs in again
 * ({@link SignInAgainException}).
 */
final class AuthorizedClientAccessTokens implements AccessTokens {

	private final OAuth2AuthorizedClientManager manager;

	AuthorizedClientAccessTokens(OAuth2AuthorizedClientManager manager) {
		this.manager = manager;
	}

	@Override
	public Optional<String> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!(authentication instanceof OAuth2AuthenticationToken)) {
			return Optional.empty();
		}
		String registrationId = ((OAuth2AuthenticationToken) authentication).getAuthorizedClientRegistrationId();
		OAuth2AuthorizedClient client;
		try {
			client = this.manager.authorize(
					OAuth2AuthorizeRequest.withClientRegistrationId(registrationId).principal(authentication).build());
		}
		catch (ClientAuthorizationException ex) {
			throw new SignInAgainException(registrationId);
		}
		if (client == null) {
			throw new SignInAgainException(registrationId);
		}
		return Optional.of(client.getAccessToken().getTokenValue());
	}

}
