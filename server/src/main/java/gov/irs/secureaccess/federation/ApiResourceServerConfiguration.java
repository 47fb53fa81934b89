package gov.irs.secureaccess.federation;

import gov.irs.secureaccess.platform.web.FormActionTargets;
import gov.irs.secureaccess.platform.web.SecurityHeaders;
import gov.irs.secureaccess.taxapps.api.ApiAuthenticationProblems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The applications' API ({@code /api/**}, FED-1) is an OAuth 2.0 resource server: every
 * call carries an access token this service issued (a JWT checked against its own keys,
 * issuer, expiry and revocation by {@link JwtDecoder}), and nothing else; no session, no
 * cookie, so no CSRF token either. The request is then answered by the API's controllers,
 * which check scope and level ({@code taxapps.api.ApiPolicy}) for the caller
 * {@link TokenApiCallers} makes from the token. Without a valid token the answer is 401
 * with {@code WWW-Authenticate: Bearer} (RFC 6750) and an RFC 9457 problem details body
 * ({@link ApiAuthenticationProblems}).
 */
@Configuration(proxyBeanMethods = false)
class ApiResourceServerConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 1)
	SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JwtDecoder decoder,
			ObjectProvider<FormActionTargets> formTargets, JsonMapper json) throws Exception {
		ApiAuthenticationProblems problems = new ApiAuthenticationProblems(json);
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> jwt.decoder(decoder))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(SecurityHeaders.standard(formTargets));
		return http.build();
	}

}
