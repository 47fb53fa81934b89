package gov.irs.secureaccess.portal.signin;

import gov.irs.secureaccess.portal.web.Application;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the pages show it: the given name if the person allowed the
 * application to have it (the ID token's {@code given_name}), the level the sign-in
 * achieved (its {@code acr}: 1 to 3, 4 for LOA-3 with a passkey), and the application
 * signed in to.
 */
public record SignedIn(String givenName, int level, String application) {

	/**
	 * The signed-in person of {@code authentication}, or null when nobody signed in
	 * through an application.
	 */
	public static SignedIn of(Authentication authentication) {
		if (!(authentication instanceof OAuth2AuthenticationToken)
				|| !(authentication.getPrincipal() instanceof OidcUser)) {
			return null;
		}
		OidcUser user = (OidcUser) authentication.getPrincipal();
		String registrationId = ((OAuth2AuthenticationToken) authentication).getAuthorizedClientRegistrationId();
		String name = user.getGivenName();
		return new SignedIn((name != null && !name.isBlank()) ? name : null,
				ApplicationSignIn.achievedRank(authentication),
				Application.forRegistration(registrationId).map(Application::key).orElse(null));
	}

}
