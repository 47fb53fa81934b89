package gov.irs.secureaccess.portal;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.portal.signin.Acr;
import gov.irs.secureaccess.portal.web.Application;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For browser tests of the pages without a provider: {@code GET
 * /test-sign-in/{registration}?then=/path} puts a sign-in through that application into
 * the browser's session (as an OpenID Connect login would) and goes on to the page. Test
 * code only: the application has no such door.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSignInConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain testSignInChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/test-sign-in/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.addFilterBefore(new TestSignIn(), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Answers every request of its chain: signs in through the registration named in the
	 * path, then redirects.
	 */
	static final class TestSignIn extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws IOException {
			String registrationId = request.getRequestURI().substring("/test-sign-in/".length());
			String then = request.getParameter("then");
			Application app = Application.forRegistration(registrationId).orElseThrow();
			OidcIdToken token = new OidcIdToken("test-id-token", Instant.now(), Instant.now().plusSeconds(1800),
					Map.of("sub", "subject-" + registrationId, "iss", "http://localhost:8080", "aud",
							List.of(registrationId), "acr", Acr.ofLoa(app.loa()).uri(), "given_name", "Olivia"));
			DefaultOidcUser user = new DefaultOidcUser(List.of(new SimpleGrantedAuthority("OIDC_USER")), token);
			SecurityContext context = new SecurityContextImpl(
					new OAuth2AuthenticationToken(user, user.getAuthorities(), registrationId));
			new HttpSessionSecurityContextRepository().saveContext(context, request, response);
			response.sendRedirect((then != null && then.startsWith("/")) ? then : "/");
		}

	}

}
