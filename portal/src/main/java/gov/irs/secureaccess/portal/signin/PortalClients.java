package gov.irs.secureaccess.portal.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.portal.api.AccessTokens;
import gov.irs.secureaccess.portal.web.Application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The portal as an OpenID Connect client of Secure Access (FED-2): one registration per
 * application (FED-1, FED-5), confidential ({@code client_secret_basic}) with PKCE,
 * scopes as registered at the provider (docs/federation.md). The provider's endpoints are
 * given from {@code portal.issuer}, not discovered, so the portal starts while the server
 * is down; the ID token's {@code iss} is still checked against that issuer, and its
 * signature against the provider's JWKS (fetched when the first sign-in comes back).
 */
@Configuration(proxyBeanMethods = false)
class PortalClients {

	static final List<String> TAX_SCOPES = List.of("openid", "profile", "email", "taxdata.read");

	/** The scopes each application asks for. */
	static final Map<String, List<String>> SCOPES = Map.of("get-transcript", TAX_SCOPES, "ip-pin", TAX_SCOPES,
			"online-account", TAX_SCOPES, "payment-agreement", TAX_SCOPES, "tin-matching",
			List.of("openid", "profile", "email", "tin.match"), "document-drop", List.of("openid", "documents.write"));

	@Bean
	ClientRegistrationRepository clientRegistrationRepository(
			@Value("${portal.issuer:http://localhost:8080}") String issuer,
			@Value("${portal.client-secret:dev-portal-secret}") String secret) {
		String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
		List<ClientRegistration> registrations = new ArrayList<>();
		for (Application app : Application.ALL) {
			String id = app.registrationId();
			registrations.add(ClientRegistration.withRegistrationId(id)
				.clientId(id)
				.clientSecret(secret)
				.clientName(app.key())
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
				.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
				.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
				.scope(SCOPES.get(id))
				.issuerUri(base)
				.authorizationUri(base + "/oauth2/authorize")
				.tokenUri(base + "/oauth2/token")
				.jwkSetUri(base + "/oauth2/jwks")
				.userInfoUri(base + "/userinfo")
				.userNameAttributeName(IdTokenClaimNames.SUB)
				.providerConfigurationMetadata(Map.of("end_session_endpoint", base + "/connect/logout"))
				.build());
		}
		return new InMemoryClientRegistrationRepository(registrations);
	}

	/**
	 * Tokens live in the person's session (never in memory across sessions), one
	 * authorized client per application.
	 */
	@Bean
	OAuth2AuthorizedClientRepository authorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/**
	 * Gives the current access token, refreshing it with the (rotating) refresh token
	 * when it has expired.
	 */
	@Bean
	OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients) {
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(
				OAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	AccessTokens accessTokens(OAuth2AuthorizedClientManager manager) {
		return new AuthorizedClientAccessTokens(manager);
	}

}
