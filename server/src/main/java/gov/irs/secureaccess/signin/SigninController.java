package gov.irs.secureaccess.signin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.factors.SecondFactor;
import gov.irs.secureaccess.factors.SecondFactors;
import gov.irs.secureaccess.factors.passkey.Passkeys;
import gov.irs.secureaccess.journey.Journey;
import gov.irs.secureaccess.journey.JourneyEngine;
import gov.irs.secureaccess.journey.JourneyView;
import gov.irs.secureaccess.journey.Step;
import gov.irs.secureaccess.journey.StepInput;
import gov.irs.secureaccess.journey.Submission;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.session.SessionsEnded;
import gov.irs.secureaccess.session.SigninAssurance;
import gov.irs.secureaccess.signin.legacy.LegacyMigrations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /sign-in}: one page per step of the sign-in journey, whose id lives in the
 * (database-backed) session. When the code is accepted the session id is changed and the
 * account becomes the session's principal.
 */
@Controller
class SigninController {

	static final String JOURNEY = "signin.journey";

	static final String SIGNED_IN_AT = SigninAssurance.SIGNED_IN_AT;

	static final String PASSKEY_ALONE_CHALLENGE = "signin.passkeyAloneChallenge";

	private final JourneyEngine engine;

	private final SigninJourney journey;

	private final Accounts accounts;

	private final DecoySite decoys;

	private final SecurityCodes securityCodes;

	private final SecondFactors factors;

	private final Passkeys passkeys;

	private final SessionSignIn sessions;

	private final LegacyMigrations legacy;

	private final PasskeyAloneSignIn passkeyAlone;

	private final ApplicationEventPublisher events;

	SigninController(JourneyEngine engine, SigninJourney journey, Accounts accounts, DecoySite decoys,
			SecurityCodes securityCodes, SecondFactors factors, Passkeys passkeys, SessionSignIn sessions,
			LegacyMigrations legacy, PasskeyAloneSignIn passkeyAlone, ApplicationEventPublisher events) {
		this.events = events;
		this.sessions = sessions;
		this.legacy = legacy;
		this.passkeyAlone = passkeyAlone;
		this.passkeys = passkeys;
		this.securityCodes = securityCodes;
		this.factors = factors;
		this.engine = engine;
		this.journey = journey;
		this.accounts = accounts;
		this.decoys = decoys;
	}

	/**
	 * The current step; before the first answer, the username page, with nothing started
	 * or kept (no session).
	 */
	@GetMapping("/sign-in")
	String show(HttpServletRequest request, Model model) {
		if (existing(request) instanceof JourneyView.AtStep at) {
			return render(at, null, List.of(), model, request);
		}
		Step first = this.journey.definition().step(this.journey.definition().firstState());
		return render(first, null, false, null, List.of(), model, request);
	}

	@PostMapping("/sign-in")
	String submit(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
			HttpServletResponse response, Model model, Locale locale) {
		Map<String, String> fields = new HashMap<>();
		form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
		JourneyView view = existing(request);
		if (view == null && this.journey.definition().firstState().equals(fields.get("step"))) {
			// The first answer: now there is something to keep, the journey (and its id
			// in the session).
			view = start(request, locale);
		}
		if (!(view instanceof JourneyView.AtStep at) || !at.step().name().equals(fields.get("step"))) {
			return "redirect:/sign-in";
		}
		Submission result = this.engine.submit(this.journey.definition(), at.journey().id(), StepInput.of(fields));
		if (result instanceof Submission.Rejected rejected) {
			model.addAttribute("attemptsLeft", rejected.attemptSpent() ? rejected.attemptsLeft() : 0);
			model.addAttribute("attemptsLeftKey", "signin.attemptsLeft");
			return render(this.engine.find(this.journey.definition(), at.journey().id()), rejected.messageKey(),
					rejected.messageArguments(), model, request);
		}
		if (result instanceof Submission.Advanced advanced && SigninStates.LEGACY.equals(advanced.journey().state())) {
			// REG-10, REG-11: a legacy e-Services password was right; the move to Secure
			// Access takes over.
			request.getSession().removeAttribute(JOURNEY);
			this.legacy.handOff(advanced.journey().require(SigninStates.KEY_LEGACY),
					advanced.journey().get(SigninStates.KEY_LANGUAGE), advanced.journey().get(SigninStates.KEY_ADDRESS),
					request);
			return "redirect:" + LegacyMigrations.PATH;
		}
		if (result instanceof Submission.Advanced advanced
				&& this.journey.definition().isFinal(advanced.journey().state())) {
			return "redirect:" + this.sessions.signIn(advanced.journey().require(SigninStates.KEY_ACCOUNT),
					advanced.journey().get(SigninStates.KEY_FACTOR), request, response);
		}
		return "redirect:/sign-in";
	}

	/** SIGN-2: a new texted code (the old one stops working), at most a few times. */
	@PostMapping("/sign-in/resend")
	String resend(HttpServletRequest request, RedirectAttributes redirect) {
		if (existing(request) instanceof JourneyView.AtStep at && at.step().name().equals(SigninStates.CODE)
				&& SigninStates.FACTOR_SMS.equals(at.journey().get(SigninStates.KEY_FACTOR))) {
			RateLimitDecision decision = this.securityCodes.textAgain(at.journey(), login(at.journey()));
			redirect.addFlashAttribute("notice",
					decision.allowed() ? "signin.notice.codeResent" : "signin.notice.resendLimited");
			redirect.addFlashAttribute("noticeArg", decision.retryAfterMinutes());
		}
		return "redirect:/sign-in";
	}

	/**
	 * The choice of factor (SIGN-2, SIGN-3): a text instead of the app, or the app
	 * instead of a text.
	 */
	@PostMapping("/sign-in/factor")
	String chooseFactor(@RequestParam String factor, HttpServletRequest request) {
		if (existing(request) instanceof JourneyView.AtStep at && at.step().name().equals(SigninStates.CODE)) {
			// Only a typed factor the account has (one activated with an app instead of a
			// phone has nothing to text to), and only a change.
			AccountLogin login = login(at.journey());
			Optional<SecondFactor> chosen = this.factors.byId(factor)
				.filter((candidate) -> candidate.typed() && candidate.configuredFor(login)
						&& !candidate.id().equals(at.journey().get(SigninStates.KEY_FACTOR)));
			if (chosen.isPresent() && chosen.get().sendsCode()) {
				this.securityCodes.switchToText(this.engine, this.journey.definition(), at.journey(), login);
			}
			else if (chosen.isPresent()) {
				this.engine.remember(this.journey.definition(), at.journey().id(), SigninStates.CODE,
						Map.of(SigninStates.KEY_FACTOR, chosen.get().id()));
			}
		}
		return "redirect:/sign-in";
	}

	/**
	 * The options of a passkey ceremony in place of the code (read by
	 * {@code js/passkey.js}): only on the code step, only for an account with passkeys.
	 * The challenge is kept in the journey, so it is spent when the journey ends.
	 */
	@PostMapping("/sign-in/passkey/options")
	ResponseEntity<Map<String, Object>> passkeyOptions(HttpServletRequest request) {
		if (existing(request) instanceof JourneyView.AtStep at && at.step().name().equals(SigninStates.CODE)
				&& !at.exhausted()) {
			long id = at.journey().require(SigninStates.KEY_ACCOUNT);
			if (this.passkeys.hasPasskeys(id)) {
				byte[] challenge = this.passkeys.newChallenge();
				this.engine.remember(this.journey.definition(), at.journey().id(), SigninStates.CODE,
						Map.of(SigninStates.KEY_PASSKEY_CHALLENGE, Passkeys.encode(challenge)));
				return ResponseEntity.ok()
					.cacheControl(CacheControl.noStore())
					.body(this.passkeys.requestOptions(id, challenge));
			}
		}
		return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
	}

	/**
	 * A passkey alone, without username or password: only where the application waiting
	 * for this sign-in asks for a phishing-resistant one (FED-4,
	 * {@link SigninAssurance#OFFER_PASSKEY_ALONE}, set by the federation); everywhere
	 * else SIGN-1's username, password and code stand.
	 */
	@GetMapping("/sign-in/passkey")
	String passkeyAlone(HttpServletRequest request) {
		return passkeyAloneOffered(request) ? "signin/passkey" : "redirect:/sign-in";
	}

	/**
	 * The options of the passkey-alone ceremony (read by {@code js/passkey.js}); the
	 * challenge is kept in the session.
	 */
	@PostMapping("/sign-in/passkey/discoverable-options")
	ResponseEntity<Map<String, Object>> passkeyAloneOptions(HttpServletRequest request) {
		if (!passkeyAloneOffered(request)) {
			return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
		}
		byte[] challenge = this.passkeys.newChallenge();
		request.getSession().setAttribute(PASSKEY_ALONE_CHALLENGE, Passkeys.encode(challenge));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.body(this.passkeys.discoverableRequestOptions(challenge));
	}

	/**
	 * The passkey's answer: it names the account (a discoverable credential), and must
	 * verify against the challenge of this session (spent here) and that account's
	 * passkey. A wrong answer for a known account is a failed sign-in of it (SIGN-5); a
	 * locked or inactive account cannot sign in this way either. The session then records
	 * a phishing-resistant, passwordless sign-in.
	 */
	@PostMapping("/sign-in/passkey")
	String passkeyAloneSubmit(@RequestParam(name = "passkey", defaultValue = "") String answer,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (!passkeyAloneOffered(request)) {
			return "redirect:/sign-in";
		}
		HttpSession session = request.getSession();
		Object challenge = session.getAttribute(PASSKEY_ALONE_CHALLENGE);
		session.removeAttribute(PASSKEY_ALONE_CHALLENGE);
		PasskeyAloneSignIn.Result result = this.passkeyAlone.check((challenge instanceof String text) ? text : null,
				answer, request.getRemoteAddr());
		if (result instanceof PasskeyAloneSignIn.Refused refused) {
			model.addAttribute("error", refused.messageKey());
			return "signin/passkey";
		}
		long id = ((PasskeyAloneSignIn.SignedIn) result).accountId();
		return "redirect:" + this.sessions.signInPasswordless(id, request, response);
	}

	private static boolean passkeyAloneOffered(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session != null && Boolean.TRUE.equals(session.getAttribute(SigninAssurance.OFFER_PASSKEY_ALONE));
	}

	@PostMapping("/sign-in/restart")
	String restart(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(JOURNEY);
		}
		return "redirect:/sign-in";
	}

	@PostMapping("/sign-out")
	String signOut(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			String sid = SigninAssurance.sessionId(session);
			session.invalidate();
			if (sid != null) {
				this.events.publishEvent(new SessionsEnded(List.of(sid), "sign-out"));
			}
		}
		SecurityContextHolder.clearContext();
		return "redirect:/sign-in?signedOut";
	}

	/**
	 * The journey this session is on, at a step; null when there is none (nothing is
	 * created to find out).
	 */
	private JourneyView existing(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object id = (session != null) ? session.getAttribute(JOURNEY) : null;
		if (id instanceof String text) {
			JourneyView view = this.engine.find(this.journey.definition(), UUID.fromString(text));
			if (view instanceof JourneyView.AtStep at) {
				return at;
			}
		}
		return null;
	}

	private JourneyView start(HttpServletRequest request, Locale locale) {
		Journey started = this.engine.start(this.journey.definition(), Map.of(SigninStates.KEY_ADDRESS,
				request.getRemoteAddr(), SigninStates.KEY_LANGUAGE, locale.getLanguage()));
		request.getSession().setAttribute(JOURNEY, started.id().toString());
		return this.engine.find(this.journey.definition(), started.id());
	}

	private String render(JourneyView view, String error, List<Object> errorArgs, Model model,
			HttpServletRequest request) {
		JourneyView.AtStep at = (JourneyView.AtStep) view;
		return render(at.step(), at.journey(), at.exhausted(), error, errorArgs, model, request);
	}

	private String render(Step step, Journey journey, boolean exhausted, String error, List<Object> errorArgs,
			Model model, HttpServletRequest request) {
		model.addAttribute("step", step.name());
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", errorArgs.toArray());
		model.addAttribute("codeMinutes", this.securityCodes.codeMinutes());
		model.addAttribute("passkeyAlone", passkeyAloneOffered(request));
		Long account = (journey != null) ? journey.get(SigninStates.KEY_ACCOUNT) : null;
		if (account != null) {
			Set<String> configured = this.factors.configuredFor(login(journey))
				.stream()
				.map(SecondFactor::id)
				.collect(Collectors.toSet());
			model.addAttribute("factor", journey.get(SigninStates.KEY_FACTOR));
			model.addAttribute("hasApp", configured.contains(SigninStates.FACTOR_APP));
			model.addAttribute("hasPhone", configured.contains(SigninStates.FACTOR_SMS));
			model.addAttribute("hasPasskey", configured.contains(SigninStates.FACTOR_PASSKEY));
		}
		HttpSession session = request.getSession(false);
		if (SigninStates.USERNAME.equals(step.name()) && session != null
				&& session.getAttribute(SigninAssurance.LOGIN_HINT) instanceof String hint) {
			model.addAttribute("usernameHint", hint);
		}
		String username = (journey != null) ? journey.get(SigninStates.KEY_USERNAME) : null;
		if (username != null) {
			model.addAttribute("username", username);
			DecoySite.SiteIdentity site = this.accounts.findLogin(username)
				.map((login) -> new DecoySite.SiteIdentity(login.siteImage(), login.sitePhrase()))
				.orElseGet(() -> this.decoys.forUsername(username));
			model.addAttribute("siteImage", site.image());
			model.addAttribute("siteImagePath", SiteImages.path(site.image()));
			model.addAttribute("sitePhrase", site.phrase());
		}
		return exhausted ? "signin/exhausted" : step.view();
	}

	private AccountLogin login(Journey journey) {
		return this.accounts.findLogin(journey.require(SigninStates.KEY_ACCOUNT)).orElseThrow();
	}

}
