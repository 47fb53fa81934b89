package gov.irs.secureaccess.federation;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.platform.crypto.PiiCipher;
import gov.irs.secureaccess.platform.web.FormActionTargets;
import gov.irs.secureaccess.platform.web.SecurityHeaders;
import gov.irs.secureaccess.session.SigninAssurance;
import gov.irs.secureaccess.signin.AbsoluteSessionTimeout;
import gov.irs.secureaccess.signin.SigninProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The OpenID Connect provider (FED-2): Spring Security's authorization server with OpenID
 * Connect on its own filter chain, ahead of the site's: discovery, JWKS, authorization
 * (code with PKCE), token, userinfo, revocation, introspection and RP-initiated logout.
 * Applications, authorizations and consents live in PostgreSQL (SAS's JDBC services,
 * schema in V13); the signing keys are {@link SigningKeys}. Someone not signed in is sent
 * to our own sign-in ({@code /sign-in}), which resumes the saved authorization request
 * when done; consent is our page ({@code /federation/consent}, FED-3);
 * {@link ProviderExtensions} adds the rest (discovery, errors, FED-4 ahead of Spring's
 * endpoint, back-channel logout).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	static final String CONSENT_PAGE = "/federation/consent";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http, Clock clock, SigninProperties signin,
			UserInfoClaims userInfo, ProviderExtensions extensions, ObjectProvider<FormActionTargets> formTargets)
			throws Exception {
		OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
		RequestMatcher endpoints = server.getEndpointsMatcher();
		http.securityMatcher(endpoints)
			.with(server,
					(authorizationServer) -> authorizationServer
						.authorizationEndpoint((authorization) -> authorization.consentPage(CONSENT_PAGE))
						.oidc((oidc) -> oidc.userInfoEndpoint((endpoint) -> endpoint.userInfoMapper(userInfo))))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.csrf((csrf) -> csrf.ignoringRequestMatchers(endpoints))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.bearerTokenResolver(
						ClientAuthenticationRequired.notAtClientEndpoints(ProviderExtensions.bearerTokens()))
				.jwt(Customizer.withDefaults()))
			.addFilterBefore(new AbsoluteSessionTimeout(clock, signin), AuthorizationFilter.class)
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
						PathPatternRequestMatcher.withDefaults().matcher(SigninAssurance.RESUMABLE_PATH))
				.defaultAuthenticationEntryPointFor(new ClientAuthenticationRequired(),
						ClientAuthenticationRequired.ENDPOINTS))
			.headers(SecurityHeaders.standard(formTargets));
		extensions.configure(server);
		extensions.addFilters(http);
		return http.build();
	}

	/**
	 * See {@link NoSessionRegistry}: no {@code sid}, sessions are shared by the nodes.
	 */
	@Bean
	SessionRegistry oidcSessionRegistry() {
		return new NoSessionRegistry();
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(FederationProperties properties) {
		return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(JdbcTemplate jdbc) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	/**
	 * Authorizations in PostgreSQL, tokens hashed and claims sealed (DATA-1):
	 * {@link SealedAuthorizations}.
	 */
	@Bean
	OAuth2AuthorizationService authorizationService(JdbcTemplate jdbc, RegisteredClientRepository clients,
			PiiCipher cipher, KeyedHash keyedHash) {
		return new SealedAuthorizations(jdbc, clients, cipher, keyedHash);
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService(JdbcTemplate jdbc, RegisteredClientRepository clients,
			AuditLog audit) {
		return new RecordedConsents(new JdbcOAuth2AuthorizationConsentService(jdbc, clients), clients, audit);
	}

	/**
	 * Verifies this service's own access tokens (for the applications' API, a resource
	 * server, and for userinfo): signature against the published keys, issuer, times, and
	 * that the token is still held by a live authorization, so a revoked token, the
	 * tokens of a reused code, and those of a revoked consent stop working at once.
	 */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys, OAuth2AuthorizationService authorizations,
			FederationProperties properties) {
		NimbusJwtDecoder decoder = (NimbusJwtDecoder) OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(properties.issuer()),
						(Jwt jwt) -> stillAuthorized(jwt, authorizations)));
		return decoder;
	}

	private static OAuth2TokenValidatorResult stillAuthorized(Jwt jwt, OAuth2AuthorizationService authorizations) {
		OAuth2Authorization authorization = authorizations.findByToken(jwt.getTokenValue(),
				OAuth2TokenType.ACCESS_TOKEN);
		if (authorization != null && authorization.getAccessToken() != null
				&& !authorization.getAccessToken().isInvalidated()) {
			return OAuth2TokenValidatorResult.success();
		}
		return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "The token was revoked", null));
	}

}
