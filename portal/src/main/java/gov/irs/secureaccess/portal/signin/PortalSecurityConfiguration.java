package gov.irs.secureaccess.portal.signin;

import java.net.URI;

import gov.irs.secureaccess.portal.web.Application;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The portal's filter chain: an OAuth2 / OpenID Connect login to Secure Access (FED-2),
 * each application's pages open only to a sign-in through that application
 * ({@link ApplicationSignIn}), {@code acr_values} in every authorization request
 * ({@link AcrValuesRequestResolver}), RP-initiated logout at the provider and
 * back-channel logout from it ({@link #backChannelLogout}), CSRF on every form, and the
 * same security headers as the server (no inline script or style). The CSP's
 * {@code form-action} allows the provider too: browsers apply it to the redirects after a
 * form post (sign-out, step-up after a form).
 */
@Configuration(proxyBeanMethods = false)
class PortalSecurityConfiguration {

	/** {@code server.servlet.session.cookie.name} (application.properties). */
	static final String SESSION_COOKIE = "PORTALSESSION";

	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

	static String contentSecurityPolicy(String issuer) {
		URI uri = URI.create(issuer);
		String origin = uri.getScheme() + "://" + uri.getAuthority();
		return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
				+ "object-src 'none'; base-uri 'self'; form-action 'self' " + origin + "; frame-ancestors 'none'";
	}

	/**
	 * OpenID Connect Back-Channel Logout 1.0: the provider POSTs a logout token to
	 * {@code /logout/connect/back-channel/<application>} when the person's session there
	 * ends (sign-out, logout from another application, a password reset); Spring
	 * validates it (signature, {@code iss}, {@code aud}, {@code events}, no
	 * {@code nonce}) and ends every portal session signed in with that {@code sid} (or
	 * {@code sub}), by calling the portal's own logout with the session's cookie.
	 */
	static OidcBackChannelLogoutHandler backChannelLogout(OidcSessionRegistry sessions) {
		OidcBackChannelLogoutHandler handler = new OidcBackChannelLogoutHandler(sessions);
		handler.setSessionCookieName(SESSION_COOKIE);
		return handler;
	}

	@Bean
	SecurityFilterChain portalSecurityFilterChain(HttpSecurity http, ApplicationSignIn signIn,
			ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients,
			@Value("${portal.issuer:http://localhost:8080}") String issuer) throws Exception {
		OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		// The portal's sessions by the provider's sid: one node, sessions in memory, as
		// the portal keeps them.
		OidcSessionRegistry sessions = new InMemoryOidcSessionRegistry();
		logout.setPostLogoutRedirectUri("{baseUrl}/");
		http.authorizeHttpRequests((requests) -> {
			requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
			requests.requestMatchers("/", "/sign-in-problem", "/uswds/**", "/favicon.ico", "/error").permitAll();
			for (Application app : Application.ALL) {
				requests.requestMatchers(app.path(), app.path() + "/**").access(signIn.through(app.registrationId()));
			}
			requests.anyRequest().denyAll();
		})
			.oauth2Login((login) -> login.loginPage("/")
				.authorizationEndpoint((endpoint) -> endpoint
					.authorizationRequestResolver(new AcrValuesRequestResolver(registrations, signIn)))
				.authorizedClientRepository(authorizedClients)
				.successHandler(signIn.successHandler())
				.failureHandler(new SimpleUrlAuthenticationFailureHandler("/sign-in-problem")))
			.oauth2Client((client) -> client.authorizedClientRepository(authorizedClients))
			.oidcLogout((oidc) -> oidc.oidcSessionRegistry(sessions)
				.backChannel((backChannel) -> backChannel.logoutHandler(backChannelLogout(sessions))))
			.requestCache((cache) -> cache.requestCache(signIn.requestCache()))
			.logout((out) -> out.logoutSuccessHandler(logout))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signIn.entryPoint())
				.accessDeniedHandler(signIn.accessDeniedHandler()))
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(issuer)))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.crossOriginOpenerPolicy((coop) -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
