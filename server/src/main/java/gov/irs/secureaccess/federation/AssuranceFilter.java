package gov.irs.secureaccess.federation;

import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.agreement.AgreementAcceptances;
import gov.irs.secureaccess.accounts.agreement.UserAgreement;
import gov.irs.secureaccess.factors.passkey.Passkeys;
import gov.irs.secureaccess.session.AccountPrincipal;
import gov.irs.secureaccess.session.SigninAssurance;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * FED-4 at the authorization endpoint, before Spring's authorization server handles a
 * request of a known application with a registered redirect URI (anything else is left to
 * it, to refuse). For a signed-in person, the rungs of {@link AssuranceLadder}, in order:
 * <ul>
 * <li>{@code prompt=login} or {@code select_account}, a sign-in older than
 * {@code max_age}, or another person signed in than {@code id_token_hint} names: a fresh
 * sign-in first, after which the request passes however long it took (so
 * {@code max_age=0} finishes);</li>
 * <li>an account below the level needed (the application's level, raised by
 * {@code acr_values}): the missing steps ({@code /federation/step-up});</li>
 * <li>phishing resistance needed and the session's sign-in was not with a passkey: a
 * passkey sign-in ({@code /sign-in/passkey}), or, without any passkey, a page that says
 * how to add one;</li>
 * <li>the e-Services User Agreement not yet accepted (SIGN-8): the agreement;</li>
 * </ul>
 * each time with the request saved, to resume when done. With {@code prompt=none} the
 * application gets {@code login_required} or {@code interaction_required} instead (OIDC
 * Core 3.1.2.6), also when nobody is signed in. When everything is met, the request goes
 * on with the person as a {@link FederatedSignIn} (level, factor, sign-in time, session
 * id), which the authorization keeps. Someone not signed in goes on as they are, to
 * Spring's entry point and the sign-in; if the application asks for phishing resistance,
 * the sign-in offers a passkey alone.
 */
final class AssuranceFilter extends OncePerRequestFilter {

	static final String STEP_UP_PATH = "/federation/step-up";

	static final String PASSKEY_NEEDED_PATH = "/federation/passkey-needed";

	static final String PASSKEY_SIGNIN_PATH = "/sign-in/passkey";

	/**
	 * The fresh sign-in in progress ({@code prompt=login}, {@code max_age}):
	 * {@code <millis>|<client id> <state>}.
	 */
	static final String FRESH_SIGNIN = "federation.freshSignin";

	/**
	 * Where {@code AgreementController} continues after an acceptance (its session
	 * attribute).
	 */
	static final String AGREEMENT_CONTINUE_TO = "agreement.continue-to";

	private final RequestMatcher authorizationRequest;

	private final RegisteredClientRepository clients;

	private final AssuranceLadder ladder;

	private final Clock clock;

	private final AuthorizationResponses responses;

	private final RequestCache requestCache = new HttpSessionRequestCache();

	AssuranceFilter(RegisteredClientRepository clients, Accounts accounts, Passkeys passkeys,
			AgreementAcceptances acceptances, UserAgreement agreement, Clock clock, AuthorizationResponses responses,
			IdTokenHints hints) {
		this.clients = clients;
		this.ladder = new AssuranceLadder(new AssuranceLadder.AccountFacts() {

			@Override
			public int loa(long accountId) {
				return accounts.findLogin(accountId).map(AccountLogin::loa).orElse(0);
			}

			@Override
			public boolean hasPasskeys(long accountId) {
				return passkeys.hasPasskeys(accountId);
			}

			@Override
			public boolean acceptedTheCurrentAgreement(long accountId) {
				return acceptances.hasAccepted(accountId, agreement.currentVersion());
			}

			@Override
			public Optional<Boolean> hintNames(String idTokenHint, String clientId, long accountId) {
				return hints.namesAccount(idTokenHint, clientId, accountId);
			}

		});
		this.clock = clock;
		this.responses = responses;
		RequestMatcher get = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.GET, SigninAssurance.RESUMABLE_PATH);
		RequestMatcher post = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.POST, SigninAssurance.RESUMABLE_PATH);
		this.authorizationRequest = (request) -> get.matches(request)
				|| (post.matches(request) && request.getParameter(OAuth2ParameterNames.RESPONSE_TYPE) != null);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.authorizationRequest.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String clientId = request.getParameter(OAuth2ParameterNames.CLIENT_ID);
		RegisteredClient client = (clientId != null && !clientId.isBlank()) ? this.clients.findByClientId(clientId)
				: null;
		String redirectUri = request.getParameter(OAuth2ParameterNames.REDIRECT_URI);
		if (client == null || (redirectUri != null && !client.getRedirectUris().contains(redirectUri))
				|| request.getParameterValues(OAuth2ParameterNames.CLIENT_ID).length > 1) {
			chain.doFilter(request, response);
			return;
		}
		AssuranceLevel required = AssuranceLevel.required(Applications.level(client),
				request.getParameter("acr_values"));
		Set<String> prompt = words(request.getParameter("prompt"));
		boolean none = prompt.contains("none");
		boolean freshAsked = prompt.contains("login") || prompt.contains("select_account");
		Long maxAge = maxAge(request.getParameter("max_age"));
		long now = this.clock.millis();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			if (none) {
				// OIDC Core 3.1.2.6: nobody to answer for without showing a page.
				errorToClient(request, response, client, "login_required");
				return;
			}
			HttpSession session = request.getSession();
			if (freshAsked || maxAge != null) {
				// The sign-in that follows is fresh by definition: max_age=0 must not
				// send the person round again.
				session.setAttribute(FRESH_SIGNIN, now + "|" + freshKey(client, request));
			}
			if (required.needsPhishingResistance()) {
				session.setAttribute(SigninAssurance.OFFER_PASSKEY_ALONE, Boolean.TRUE);
			}
			if (HttpMethod.POST.matches(request.getMethod())) {
				// Spring's entry point saves GET requests only; a POSTed one (OIDC Core
				// 3.1.2.1) is resumed too.
				this.requestCache.saveRequest(request, response);
			}
			chain.doFilter(request, response);
			return;
		}
		HttpSession session = request.getSession();
		long signedInAt = (session.getAttribute(SigninAssurance.SIGNED_IN_AT) instanceof Long at) ? at : 0L;
		AssuranceLadder.Situation situation = new AssuranceLadder.Situation(principal.accountId(), client.getClientId(),
				required, none, freshAsked, maxAge, request.getParameter("id_token_hint"), now, signedInAt,
				freshSigninDone(session, client, request, signedInAt), SigninAssurance.isPhishingResistant(session));
		AssuranceLadder.Decision decision = this.ladder.decide(situation);
		if (decision instanceof AssuranceLadder.Decision.TellTheApplication tell) {
			errorToClient(request, response, client, tell.error());
		}
		else if (decision instanceof AssuranceLadder.Decision.FreshSignin) {
			freshSignin(request, response, client, required, now);
		}
		else if (decision instanceof AssuranceLadder.Decision.Divert divert) {
			divert(request, response, divert.path(), required);
		}
		else if (decision instanceof AssuranceLadder.Decision.AcceptTheAgreement) {
			this.requestCache.removeRequest(request, response);
			session.setAttribute(AGREEMENT_CONTINUE_TO,
					HttpMethod.POST.matches(request.getMethod())
							? SigninAssurance.withQuery(request.getRequestURI(), request.getParameterMap())
							: request.getRequestURI()
									+ ((request.getQueryString() != null) ? "?" + request.getQueryString() : ""));
			response.sendRedirect(request.getContextPath() + "/account/agreement");
		}
		else if (decision instanceof AssuranceLadder.Decision.Pass pass) {
			pass(request, response, chain, authentication, principal, pass.loa());
		}
	}

	/**
	 * Every rung met: the request goes on as a {@link FederatedSignIn}, for Spring's
	 * authorization server to answer.
	 */
	private void pass(HttpServletRequest request, HttpServletResponse response, FilterChain chain,
			Authentication authentication, AccountPrincipal principal, int loa) throws IOException, ServletException {
		HttpSession session = request.getSession();
		long signedInAt = (session.getAttribute(SigninAssurance.SIGNED_IN_AT) instanceof Long at) ? at : 0L;
		// No longer a request to resume.
		this.requestCache.removeRequest(request, response);
		session.removeAttribute(FRESH_SIGNIN);
		session.removeAttribute(SigninAssurance.OFFER_PASSKEY_ALONE);
		Object factor = session.getAttribute(SigninAssurance.FACTOR);
		FederatedSignIn signIn = new FederatedSignIn(principal.accountId(), loa,
				(factor instanceof String text) ? text : "sms", SigninAssurance.isPasswordless(session),
				signedInAt / 1000, SigninAssurance.sessionId(session));
		SecurityContext original = SecurityContextHolder.getContext();
		SecurityContext federated = SecurityContextHolder.createEmptyContext();
		federated.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(signIn, null, authentication.getAuthorities()));
		SecurityContextHolder.setContext(federated);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.setContext(original);
		}
	}

	/**
	 * A sign-in made after this moment, for this request ({@code prompt=login} or
	 * {@code select_account}, {@code max_age}, another person than
	 * {@code id_token_hint}'s): the request is resumed after it and then passes, however
	 * long the sign-in took.
	 */
	private void freshSignin(HttpServletRequest request, HttpServletResponse response, RegisteredClient client,
			AssuranceLevel required, long now) throws IOException {
		request.getSession().setAttribute(FRESH_SIGNIN, now + "|" + freshKey(client, request));
		divert(request, response, "/sign-in", required);
	}

	/** Saves the request (to resume it) and sends the person to {@code path}. */
	private void divert(HttpServletRequest request, HttpServletResponse response, String path, AssuranceLevel required)
			throws IOException {
		this.requestCache.saveRequest(request, response);
		if (required.needsPhishingResistance()) {
			request.getSession().setAttribute(SigninAssurance.OFFER_PASSKEY_ALONE, Boolean.TRUE);
		}
		response.sendRedirect(request.getContextPath() + path);
	}

	private boolean freshSigninDone(HttpSession session, RegisteredClient client, HttpServletRequest request,
			long signedInAt) {
		if (!(session.getAttribute(FRESH_SIGNIN) instanceof String marker)) {
			return false;
		}
		int bar = marker.indexOf('|');
		try {
			return marker.substring(bar + 1).equals(freshKey(client, request))
					&& signedInAt >= Long.parseLong(marker.substring(0, bar));
		}
		catch (NumberFormatException | StringIndexOutOfBoundsException ex) {
			return false;
		}
	}

	private static String freshKey(RegisteredClient client, HttpServletRequest request) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		return client.getClientId() + " " + ((state != null) ? state : "");
	}

	/**
	 * The OpenID Connect error of a {@code prompt=none} request that would need the
	 * person, to the application.
	 */
	private void errorToClient(HttpServletRequest request, HttpServletResponse response, RegisteredClient client,
			String error) throws IOException {
		String redirectUri = request.getParameter(OAuth2ParameterNames.REDIRECT_URI);
		if (redirectUri == null) {
			redirectUri = client.getRedirectUris().iterator().next();
		}
		this.responses.error(response, redirectUri, error, ErrorDescriptions.describe(error, null),
				request.getParameter(OAuth2ParameterNames.STATE));
	}

	private static Long maxAge(String text) {
		if (text == null || !AuthorizationRequestChecks.MAX_AGE.matcher(text).matches()) {
			return null;
		}
		return Long.parseLong(text);
	}

	private static Set<String> words(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.trim().split("\\s+")).collect(Collectors.toSet());
	}

}
