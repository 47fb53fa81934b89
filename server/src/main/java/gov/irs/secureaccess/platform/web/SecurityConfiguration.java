package gov.irs.secureaccess.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The web filter chain: which paths are public, CSRF protection on every form, and the
 * security headers of every response. There is no form login or HTTP basic: the sign-in
 * journey comes with its own pages.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: pages load USWDS and their own assets as files
	 * from this origin.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/** Powerful browser features the service never uses. */
	static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
			+ "geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()";

	static final String[] PUBLIC_PATHS = { "/", "/register/**", "/sign-in/**", "/uswds/**", "/css/**", "/img/**",
			"/js/**", "/favicon.ico", "/error", "/staff-only", "/actuator/health", "/actuator/health/**", "/livez",
			"/readyz", "/documents", "/documents/**", "/dev/**", "/federation/error" };

	/**
	 * The staff pages (AST-4): the e-Help Desk, the Taxpayer Assistance Center and the
	 * reports (OUT-1).
	 */
	static final RequestMatcher STAFF_PAGES = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher("/assist"),
			PathPatternRequestMatcher.withDefaults().matcher("/assist/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/tac"),
			PathPatternRequestMatcher.withDefaults().matcher("/tac/**"),
			PathPatternRequestMatcher.withDefaults().matcher("/insights"),
			PathPatternRequestMatcher.withDefaults().matcher("/insights/**"));

	/**
	 * Where a signed-in person without the staff role is shown why a staff page is closed
	 * (403).
	 */
	static final String STAFF_ONLY_PAGE = "/staff-only";

	/** The cookie that holds the CSRF token of this browser's forms. */
	static final String CSRF_COOKIE = "sa-csrf";

	/**
	 * Metrics and the audit chain: on the management port only (see
	 * {@link ManagementPort}), for monitoring.
	 */
	static final String[] MONITORING_PATHS = { "/actuator/prometheus", "/actuator/auditchain" };

	@Bean
	SecurityFilterChain webSecurityFilterChain(HttpSecurity http, ObjectProvider<FormActionTargets> formTargets,
			ManagementPort managementPort, ObjectProvider<WebSecurityContribution> contributions) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers(MONITORING_PATHS)
			.access((authentication,
					context) -> new AuthorizationDecision(managementPort.matches(context.getRequest())))
			.requestMatchers("/sign-out")
			.permitAll()
			// AST-4: staff pages need the role, which a staff sign-in with an app or a
			// passkey brings.
			.requestMatchers("/assist", "/assist/**")
			.hasRole("ASSISTOR")
			.requestMatchers("/tac", "/tac/**")
			.hasRole("TAC")
			// OUT-1: the reports, for analysts (a staff role, same strong sign-in).
			.requestMatchers("/insights", "/insights/**")
			.hasRole("ANALYST")
			.anyRequest()
			.authenticated())
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()))
			.requestCache((cache) -> cache.requestCache(notRemembered()))
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
						PathPatternRequestMatcher.withDefaults().matcher("/account/**"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
						PathPatternRequestMatcher.withDefaults().matcher("/account"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"), STAFF_PAGES)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/sign-in"),
						PathPatternRequestMatcher.withDefaults().matcher("/federation/**"))
				.defaultAuthenticationEntryPointFor(new Http403ForbiddenEntryPoint(), AnyRequestMatcher.INSTANCE)
				.defaultAccessDeniedHandlerFor(staffOnly(), STAFF_PAGES))
			.headers(SecurityHeaders.standard(formTargets));
		for (WebSecurityContribution contribution : contributions.orderedStream().toList()) {
			contribution.contribute(http);
		}
		return http.build();
	}

	/**
	 * CSRF tokens in a cookie (double submit, masked per page by Spring Security), not in
	 * the session: showing a form to someone anonymous keeps nothing on the server, so a
	 * look at a page makes no session row (issue 14). The cookie is HttpOnly (no script
	 * reads it; forms carry the token), SameSite=Lax, and Secure over TLS.
	 */
	static CookieCsrfTokenRepository csrfTokens() {
		CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
		tokens.setCookieName(CSRF_COOKIE);
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * The pages of this chain are not remembered across a sign-in (issue 14 item 11): a
	 * sign-in ends on the person's landing page, and only an application's authorization
	 * request that sent the person to sign in is resumed ({@code SessionSignIn}, FED-2),
	 * which the authorization server's chain saves itself. Remembering an anonymous
	 * visitor's {@code /account} or staff page would make a session row for each look and
	 * was never read back.
	 */
	static RequestCache notRemembered() {
		return new NullRequestCache();
	}

	/**
	 * A signed-in person without the role gets a 403 page saying the page is for IRS
	 * staff; a CSRF refusal does not.
	 */
	private static AccessDeniedHandler staffOnly() {
		AccessDeniedHandlerImpl staff = new AccessDeniedHandlerImpl();
		staff.setErrorPage(STAFF_ONLY_PAGE);
		AccessDeniedHandlerImpl plain = new AccessDeniedHandlerImpl();
		return (request, response, denied) -> {
			if (denied instanceof CsrfException) {
				plain.handle(request, response, denied);
			}
			else {
				staff.handle(request, response, denied);
			}
		};
	}

}
