package gov.irs.secureaccess.portal.signin;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;

import gov.irs.secureaccess.portal.web.Application;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.stereotype.Component;

/**
 * Each application's pages need a sign-in made through that application's own
 * registration (FED-1, FED-2: subjects and consent are per application). A person not
 * signed in, or signed in through another application, is sent to
 * {@code /oauth2/authorization/<application>} and comes back to the page asked for. The
 * step-up of FED-4: when the API answers that the sign-in's level is too low (RFC 9470),
 * the person goes through authorization again with the {@code acr_values} the API named.
 */
@Component
public final class ApplicationSignIn {

	static final String STEP_UP = ApplicationSignIn.class.getName() + ".STEP_UP";

	private static final String AUTHORIZATION = "/oauth2/authorization/";

	private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

	ApplicationSignIn() {
		// No "?continue" on the page's address after the sign-in: the saved request is
		// matched by the session alone.
		this.requestCache.setMatchingRequestParameterName(null);
	}

	private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

	/**
	 * The one request cache of the portal: what Spring saves before a sign-in and resumes
	 * after it.
	 */
	RequestCache requestCache() {
		return this.requestCache;
	}

	/** Granted when the person signed in through {@code registrationId}. */
	AuthorizationManager<RequestAuthorizationContext> through(String registrationId) {
		return (authentication, context) -> new AuthorizationDecision(isThrough(authentication, registrationId));
	}

	private static boolean isThrough(Supplier<? extends Authentication> authentication, String registrationId) {
		Authentication current = authentication.get();
		return current instanceof OAuth2AuthenticationToken && current.isAuthenticated()
				&& registrationId.equals(((OAuth2AuthenticationToken) current).getAuthorizedClientRegistrationId());
	}

	/**
	 * Not signed in: to the sign-in of the page's application (Spring has saved the
	 * request); elsewhere home.
	 */
	AuthenticationEntryPoint entryPoint() {
		return (request, response, ex) -> {
			Optional<Application> app = Application.forPath(path(request));
			response.sendRedirect(
					request.getContextPath() + app.map((a) -> AUTHORIZATION + a.registrationId()).orElse("/"));
		};
	}

	/**
	 * Signed in, but through another application: to this application's sign-in, then
	 * back.
	 */
	AccessDeniedHandler accessDeniedHandler() {
		AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
		return (request, response, ex) -> {
			Authentication current = SecurityContextHolder.getContext().getAuthentication();
			Optional<Application> app = Application.forPath(path(request));
			if (ex instanceof CsrfException || app.isEmpty() || current == null || this.trust.isAnonymous(current)) {
				forbidden.handle(request, response, ex);
				return;
			}
			signIn(request, response, app.get().registrationId());
		};
	}

	/**
	 * After a sign-in: the page that was asked for, or else the page of the application
	 * signed in to.
	 */
	AuthenticationSuccessHandler successHandler() {
		SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler();
		saved.setRequestCache(this.requestCache);
		return (request, response, authentication) -> {
			if (this.requestCache.getRequest(request, response) != null) {
				saved.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			String target = Optional.of(authentication)
				.filter(OAuth2AuthenticationToken.class::isInstance)
				.flatMap((a) -> Application
					.forRegistration(((OAuth2AuthenticationToken) a).getAuthorizedClientRegistrationId()))
				.map(Application::path)
				.orElse("/");
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	/**
	 * Sends the person to the sign-in of {@code registrationId}, to come back to this
	 * page (if it was a GET).
	 */
	public void signIn(HttpServletRequest request, HttpServletResponse response, String registrationId)
			throws IOException {
		if ("GET".equals(request.getMethod())) {
			this.requestCache.saveRequest(request, response);
		}
		response.sendRedirect(request.getContextPath() + AUTHORIZATION + registrationId);
	}

	/**
	 * Step-up (FED-4, RFC 9470): through authorization again asking for
	 * {@code acrValues}, unless the current sign-in already has that level (the server
	 * would refuse again: no loop) or the value is not one of ours.
	 * @return whether the person was sent
	 */
	public boolean stepUp(HttpServletRequest request, HttpServletResponse response, String acrValues)
			throws IOException {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		Optional<String> asked = Acr.wellFormed(acrValues);
		if (!(current instanceof OAuth2AuthenticationToken) || asked.isEmpty()) {
			return false;
		}
		int rank = Acr.rankOf(asked.get());
		if (rank == 0 || rank <= achievedRank(current)) {
			return false;
		}
		String registrationId = ((OAuth2AuthenticationToken) current).getAuthorizedClientRegistrationId();
		request.getSession().setAttribute(STEP_UP, registrationId + "|" + asked.get());
		signIn(request, response, registrationId);
		return true;
	}

	/**
	 * The {@code acr_values} of a step-up waiting for {@code registrationId}'s
	 * authorization request (used once).
	 */
	Optional<String> takeStepUp(HttpServletRequest request, String registrationId) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(STEP_UP) instanceof String)) {
			return Optional.empty();
		}
		String pending = (String) session.getAttribute(STEP_UP);
		session.removeAttribute(STEP_UP);
		String prefix = registrationId + "|";
		return pending.startsWith(prefix) ? Optional.of(pending.substring(prefix.length())) : Optional.empty();
	}

	/**
	 * The rank of the level the current sign-in achieved (its ID token's {@code acr}); 0
	 * when unknown.
	 */
	static int achievedRank(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof OidcUser) {
			Object acr = ((OidcUser) authentication.getPrincipal()).getIdToken().getClaims().get("acr");
			return (acr instanceof String) ? Acr.of((String) acr).map(Acr::rank).orElse(0) : 0;
		}
		return 0;
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
