package gov.irs.secureaccess.federation;

import java.time.Clock;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.agreement.AgreementAcceptances;
import gov.irs.secureaccess.accounts.agreement.UserAgreement;
import gov.irs.secureaccess.factors.passkey.Passkeys;
import gov.irs.secureaccess.session.SigninAssurance;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.oidc.web.authentication.OidcLogoutAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Everything the provider adds to Spring's authorization server (issue 11, FED-2, FED-4),
 * applied by {@link AuthorizationServerConfiguration} to its configurer and filter chain:
 * <ul>
 * <li>discovery that says what is true ({@link ProviderMetadata});</li>
 * <li>{@code iss} and worded errors in every authorization response
 * ({@link AuthorizationResponses}, {@link AuthorizationErrors}), worded JSON errors at
 * the token, revocation and introspection endpoints ({@link TokenEndpointErrors});</li>
 * <li>{@code prompt=consent} honoured ({@link ConsentPolicy});</li>
 * <li>back-channel logout after RP-initiated logout ({@link BackChannelLogout});</li>
 * <li>filters: control characters refused ({@link ParameterGuard}), DPoP proofs ignored
 * ({@link DpopIgnored}), authorization requests checked
 * ({@link AuthorizationRequestChecks}), {@code ui_locales} and {@code login_hint} taken
 * ({@link SigninHints}), then FED-4 ({@link AssuranceFilter}).</li>
 * </ul>
 */
@Component
class ProviderExtensions {

	private final RegisteredClientRepository clients;

	private final Accounts accounts;

	private final Passkeys passkeys;

	private final AgreementAcceptances acceptances;

	private final UserAgreement agreement;

	private final Clock clock;

	private final IdTokenHints hints;

	private final LocaleResolver locales;

	private final BackChannelLogout backChannelLogout;

	private final AuthorizationResponses responses;

	private final TokenEndpointErrors tokenErrors = new TokenEndpointErrors();

	ProviderExtensions(RegisteredClientRepository clients, Accounts accounts, Passkeys passkeys,
			AgreementAcceptances acceptances, UserAgreement agreement, Clock clock, FederationProperties properties,
			IdTokenHints hints, LocaleResolver locales, BackChannelLogout backChannelLogout) {
		this.clients = clients;
		this.accounts = accounts;
		this.passkeys = passkeys;
		this.acceptances = acceptances;
		this.agreement = agreement;
		this.clock = clock;
		this.hints = hints;
		this.locales = locales;
		this.backChannelLogout = backChannelLogout;
		this.responses = new AuthorizationResponses(properties.issuer());
	}

	void configure(OAuth2AuthorizationServerConfigurer server) {
		server
			.authorizationServerMetadataEndpoint((metadata) -> metadata
				.authorizationServerMetadataCustomizer((builder) -> builder.claims(ProviderMetadata::oauth)))
			.authorizationEndpoint((authorization) -> authorization.authorizationResponseHandler(this.responses)
				.errorResponseHandler(new AuthorizationErrors(this.responses))
				.authenticationProviders((providers) -> providers.stream()
					.filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
					.map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
					.forEach((provider) -> provider.setAuthorizationConsentRequired(new ConsentPolicy()))))
			.tokenEndpoint((token) -> token.errorResponseHandler(this.tokenErrors))
			.tokenRevocationEndpoint((revocation) -> revocation.errorResponseHandler(this.tokenErrors))
			.tokenIntrospectionEndpoint((introspection) -> introspection.errorResponseHandler(this.tokenErrors))
			.clientAuthentication((client) -> client.errorResponseHandler(this.tokenErrors))
			.oidc((oidc) -> oidc
				.providerConfigurationEndpoint((configuration) -> configuration
					.providerConfigurationCustomizer((builder) -> builder.claims(ProviderMetadata::openidConnect)))
				.logoutEndpoint((logout) -> logout.logoutResponseHandler(logoutThenBackChannel())));
	}

	void addFilters(HttpSecurity http) {
		http.addFilterAfter(
				new ParameterGuard(PathPatternRequestMatcher.withDefaults().matcher(SigninAssurance.RESUMABLE_PATH),
						PathPatternRequestMatcher.withDefaults().matcher("/connect/logout")),
				HeaderWriterFilter.class)
			.addFilterAfter(new DpopIgnored(), ParameterGuard.class)
			.addFilterAfter(new AuthorizationRequestChecks(this.clients, this.responses), LogoutFilter.class)
			.addFilterAfter(new SigninHints(this.locales), AuthorizationRequestChecks.class)
			.addFilterAfter(new AssuranceFilter(this.clients, this.accounts, this.passkeys, this.acceptances,
					this.agreement, this.clock, this.responses, this.hints), SigninHints.class);
	}

	/**
	 * Userinfo takes the access token from the {@code Authorization} header or, for a
	 * POST, from the form body's {@code access_token} (RFC 6750 2.1, 2.2; OIDC Core 5.3.1
	 * lets a client send either). Never from the query.
	 */
	static BearerTokenResolver bearerTokens() {
		DefaultBearerTokenResolver resolver = new DefaultBearerTokenResolver();
		resolver.setAllowFormEncodedBodyParameter(true);
		return resolver;
	}

	/**
	 * Spring's RP-initiated logout (ends the session, redirects), then the session's
	 * applications are told.
	 */
	private AuthenticationSuccessHandler logoutThenBackChannel() {
		OidcLogoutAuthenticationSuccessHandler logout = new OidcLogoutAuthenticationSuccessHandler();
		return (request, response, authentication) -> {
			String sid = SigninAssurance.sessionId(request.getSession(false));
			logout.onAuthenticationSuccess(request, response, authentication);
			if (sid != null && request.getSession(false) == null) {
				this.backChannelLogout.sessionEnded(sid, "rp-logout");
			}
		};
	}

}
