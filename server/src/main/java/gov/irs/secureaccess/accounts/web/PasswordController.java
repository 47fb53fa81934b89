package gov.irs.secureaccess.accounts.web;

import java.time.Duration;
import java.util.Locale;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.ProfileChanges;
import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.Verdict;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.password.PasswordPolicy;
import gov.irs.secureaccess.accounts.password.PasswordSettings;
import gov.irs.secureaccess.platform.limits.RateLimit;
import gov.irs.secureaccess.platform.limits.RateLimitDecision;
import gov.irs.secureaccess.platform.limits.RateLimiter;
import gov.irs.secureaccess.session.AccountPrincipal;
import gov.irs.secureaccess.session.SessionTerminator;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/password}: the current password, then the new one twice. The current
 * one must verify: {@value #TRIES} tries per 15 minutes per account (rate limit
 * {@code profile-current-password}), a right one starts the count again, so a left-open
 * session cannot be used to guess the password. The new one must pass PW-1 and PW-2, and
 * the page says why when it does not. The new hash is stored, the change emailed (SIGN-9)
 * and audited, and every other session of the account is ended; this one stays.
 */
@Controller
class PasswordController {

	static final int TRIES = 5;

	static final RateLimit CURRENT_PASSWORD = new RateLimit("profile-current-password", TRIES, Duration.ofMinutes(15));

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final PasswordHasher hasher;

	private final PasswordSettings settings;

	private final RateLimiter limiter;

	private final ProfileChanges changes;

	private final SessionTerminator sessions;

	PasswordController(Accounts accounts, PasswordPolicy policy, PasswordHasher hasher, PasswordSettings settings,
			RateLimiter limiter, ProfileChanges changes, SessionTerminator sessions) {
		this.accounts = accounts;
		this.policy = policy;
		this.hasher = hasher;
		this.settings = settings;
		this.limiter = limiter;
		this.changes = changes;
		this.sessions = sessions;
	}

	@GetMapping("/account/password")
	String show(Model model) {
		return page(null, new Object[0], model);
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String newPasswordConfirm, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		long id = principal.accountId();
		String key = "account:" + id;
		if (currentPassword.isEmpty()) {
			return page("account.password.error.currentRequired", new Object[0], model);
		}
		if (newPassword.isEmpty()) {
			return page("account.password.error.newRequired", new Object[0], model);
		}
		if (!newPassword.equals(newPasswordConfirm)) {
			return page("account.password.error.differ", new Object[0], model);
		}
		RateLimitDecision tries = this.limiter.hit(CURRENT_PASSWORD, key);
		if (!tries.allowed()) {
			return page("account.password.error.tooManyTries", new Object[] { tries.retryAfterMinutes() }, model);
		}
		AccountLogin login = this.accounts.findLogin(id).orElseThrow();
		if (!this.hasher.verify(currentPassword, login.passwordHash())) {
			this.changes.wrongCurrentPassword(id, request.getRemoteAddr());
			return page("account.password.error.currentWrong", new Object[0], model);
		}
		this.limiter.reset(CURRENT_PASSWORD, key);
		Verdict verdict = this.policy.check(newPassword, login.username(), login.email());
		if (!verdict.isAccepted()) {
			Refusal first = verdict.refusals().get(0);
			return page(first.messageKey(), first.argumentArray(), model);
		}
		String hash = this.hasher.hash(newPassword);
		this.changes.changePassword(id, hash, request.getRemoteAddr(), locale);
		this.sessions.endOtherSessions(id, request.getSession().getId());
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/account";
	}

	private String page(String error, Object[] errorArgs, Model model) {
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", errorArgs);
		model.addAttribute("passwordMinLength", this.settings.minLength());
		return "account/password";
	}

}
