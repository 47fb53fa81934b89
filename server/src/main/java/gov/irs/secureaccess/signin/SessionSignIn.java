package gov.irs.secureaccess.signin;

import java.io.Serializable;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.session.AccountPrincipal;
import gov.irs.secureaccess.session.SigninAssurance;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Makes a session signed in once the sign-in journey is finished: a new session id, the
 * time (SIGN-6), how the person proved it ({@link SigninAssurance}), and the account as
 * the principal with its authorities. A {@link SigninCompletion} may first hold the
 * finished sign-in at a page (a temporary password to change): the session then stays
 * anonymous until {@link #release}.
 */
@Component
public final class SessionSignIn {

	/** A finished sign-in waiting at a page: which account, with which second factor. */
	public record Held(long accountId, String factor, boolean passwordless) implements Serializable {
	}

	static final String HELD = "signin.held";

	private final Accounts accounts;

	private final Clock clock;

	private final List<SigninCompletion> completions;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final RequestCache requestCache = new HttpSessionRequestCache();

	private final SecureRandom random = new SecureRandom();

	private final AuditLog audit;

	SessionSignIn(Accounts accounts, Clock clock, List<SigninCompletion> completions, AuditLog audit) {
		this.audit = audit;
		this.accounts = accounts;
		this.clock = clock;
		this.completions = List.copyOf(completions);
	}

	/** Signs the session in (or holds it at a page); answers where to go next. */
	public String signIn(long accountId, String factor, HttpServletRequest request, HttpServletResponse response) {
		return signIn(accountId, factor, false, request, response);
	}

	/**
	 * A passkey alone signed the person in, without the password, for an application that
	 * asked for a phishing-resistant sign-in (FED-4): recorded as phishing-resistant and
	 * passwordless ({@link SigninAssurance#PASSWORDLESS}).
	 */
	public String signInPasswordless(long accountId, HttpServletRequest request, HttpServletResponse response) {
		return signIn(accountId, SigninStates.FACTOR_PASSKEY, true, request, response);
	}

	private String signIn(long accountId, String factor, boolean passwordless, HttpServletRequest request,
			HttpServletResponse response) {
		request.getSession().removeAttribute(SigninController.JOURNEY);
		request.changeSessionId();
		for (SigninCompletion completion : this.completions) {
			Optional<String> hold = completion.holdAt(accountId);
			if (hold.isPresent()) {
				request.getSession().setAttribute(HELD, new Held(accountId, factor, passwordless));
				return hold.get();
			}
		}
		return complete(accountId, factor, passwordless, request, response);
	}

	/** The sign-in this session holds at a page, if any. */
	public Optional<Held> held(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(HELD) instanceof Held held) ? Optional.of(held)
				: Optional.empty();
	}

	/**
	 * The page that held the sign-in is passed: the session is signed in now. Answers
	 * where to go next.
	 */
	public String release(HttpServletRequest request, HttpServletResponse response) {
		Held held = held(request).orElseThrow(() -> new IllegalStateException("No sign-in is held"));
		request.getSession().removeAttribute(HELD);
		String subject = "account:" + held.accountId();
		this.audit.record(AuditEvent.of(subject, "signin.succeeded", subject, request.getRemoteAddr())
			.with("factor", held.factor()));
		request.changeSessionId();
		return complete(held.accountId(), held.factor(), held.passwordless(), request, response);
	}

	private String complete(long accountId, String factor, boolean passwordless, HttpServletRequest request,
			HttpServletResponse response) {
		AccountLogin login = this.accounts.findLogin(accountId).orElseThrow();
		HttpSession session = request.getSession();
		session.setAttribute(SigninController.SIGNED_IN_AT, this.clock.millis());
		session.setAttribute(SigninAssurance.FACTOR, factor);
		session.setAttribute(SigninAssurance.PHISHING_RESISTANT, SigninStates.FACTOR_PASSKEY.equals(factor));
		session.setAttribute(SigninAssurance.PASSWORDLESS, passwordless);
		keepOrStartSessionId(session, accountId);
		session.removeAttribute(SigninAssurance.LOGIN_HINT);
		List<GrantedAuthority> authorities = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_ACCOUNT")));
		this.completions.forEach((completion) -> authorities.addAll(completion.authorities(accountId, factor)));
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
			.authenticated(new AccountPrincipal(accountId, login.username(), login.loa()), null, authorities);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		this.contexts.saveContext(context, request, response);
		return continuation(request, response).orElseGet(() -> landing(authorities));
	}

	/**
	 * The same person signing in again in this session keeps its {@code sid}
	 * (applications signed in earlier stay in it, for back-channel logout); anyone else
	 * starts a new one.
	 */
	private void keepOrStartSessionId(HttpSession session, long accountId) {
		if (SigninAssurance.sessionId(session) != null
				&& Long.valueOf(accountId).equals(session.getAttribute(SigninAssurance.SESSION_ID_ACCOUNT))) {
			return;
		}
		byte[] random = new byte[16];
		this.random.nextBytes(random);
		session.setAttribute(SigninAssurance.SESSION_ID,
				Base64.getUrlEncoder().withoutPadding().encodeToString(random));
		session.setAttribute(SigninAssurance.SESSION_ID_ACCOUNT, accountId);
	}

	/**
	 * Back to the application's authorization request that sent the person to sign in
	 * (saved by Spring Security's request cache, FED-2); no other saved request is
	 * resumed.
	 */
	private Optional<String> continuation(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved == null) {
			return Optional.empty();
		}
		String target = SigninAssurance.resumeUrl(saved);
		String path = URI.create(target).getPath();
		return (path != null && path.equals(request.getContextPath() + SigninAssurance.RESUMABLE_PATH))
				? Optional.of(target) : Optional.empty();
	}

	private String landing(Collection<? extends GrantedAuthority> authorities) {
		for (SigninCompletion completion : this.completions) {
			Optional<String> landing = completion.landing(authorities);
			if (landing.isPresent()) {
				return landing.get();
			}
		}
		return "/account";
	}

}
