package gov.irs.secureaccess.portal.signin;

import gov.irs.secureaccess.portal.web.Application;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Spring's authorization request (state, nonce, PKCE S256 as each registration requires)
 * with {@code acr_values} (FED-4): the level the application needs, or, in a step-up, the
 * level the API named.
 */
final class AcrValuesRequestResolver implements OAuth2AuthorizationRequestResolver {

	static final String ACR_VALUES = "acr_values";

	private final DefaultOAuth2AuthorizationRequestResolver delegate;

	private final ApplicationSignIn signIn;

	AcrValuesRequestResolver(ClientRegistrationRepository registrations, ApplicationSignIn signIn) {
		this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations,
				DefaultOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		this.signIn = signIn;
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
		return withAcrValues(request, this.delegate.resolve(request));
	}

	@Override
	public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
		return withAcrValues(request, this.delegate.resolve(request, registrationId));
	}

	private OAuth2AuthorizationRequest withAcrValues(HttpServletRequest request,
			OAuth2AuthorizationRequest authorization) {
		if (authorization == null) {
			return null;
		}
		Object registrationId = authorization.getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
		if (!(registrationId instanceof String)) {
			return authorization;
		}
		String acrValues = this.signIn.takeStepUp(request, (String) registrationId)
			.or(() -> Application.forRegistration((String) registrationId).map((app) -> Acr.ofLoa(app.loa()).uri()))
			.orElse(null);
		if (acrValues == null) {
			return authorization;
		}
		return OAuth2AuthorizationRequest.from(authorization)
			.additionalParameters((parameters) -> parameters.put(ACR_VALUES, acrValues))
			.build();
	}

}
