package gov.irs.secureaccess.assisted;

import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.ProfileChanges;
import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.Verdict;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.accounts.password.PasswordPolicy;
import gov.irs.secureaccess.accounts.password.PasswordSettings;
import gov.irs.secureaccess.signin.SessionSignIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@value TemporaryPasswords#CHANGE_PAGE}: a sign-in with a temporary password (AST-2,
 * new staff) stops here until a new password meeting PW-1 and PW-2, and not the temporary
 * one, replaces it; then the session is signed in. The change is emailed (SIGN-9) and
 * audited like any password change.
 */
@Controller
class NewPasswordController {

	private final SessionSignIn sessions;

	private final Accounts accounts;

	private final PasswordPolicy policy;

	private final PasswordHasher hasher;

	private final PasswordSettings settings;

	private final ProfileChanges changes;

	private final TemporaryPasswords temporaryPasswords;

	NewPasswordController(SessionSignIn sessions, Accounts accounts, PasswordPolicy policy, PasswordHasher hasher,
			PasswordSettings settings, ProfileChanges changes, TemporaryPasswords temporaryPasswords) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.policy = policy;
		this.hasher = hasher;
		this.settings = settings;
		this.changes = changes;
		this.temporaryPasswords = temporaryPasswords;
	}

	@GetMapping(TemporaryPasswords.CHANGE_PAGE)
	String show(HttpServletRequest request, Model model) {
		if (this.sessions.held(request).isEmpty()) {
			return "redirect:/sign-in";
		}
		return page(null, new Object[0], model);
	}

	@PostMapping(TemporaryPasswords.CHANGE_PAGE)
	String change(@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String newPasswordConfirm, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		Optional<SessionSignIn.Held> held = this.sessions.held(request);
		if (held.isEmpty()) {
			return "redirect:/sign-in";
		}
		long id = held.get().accountId();
		if (newPassword.isEmpty()) {
			return page("account.password.error.newRequired", new Object[0], model);
		}
		if (!newPassword.equals(newPasswordConfirm)) {
			return page("account.password.error.differ", new Object[0], model);
		}
		AccountLogin login = this.accounts.findLogin(id).orElseThrow();
		if (newPassword.length() <= 1024 && this.hasher.verify(newPassword, login.passwordHash())) {
			return page("assist.newPassword.error.same", new Object[0], model);
		}
		Verdict verdict = this.policy.check(newPassword, login.username(), login.email());
		if (!verdict.isAccepted()) {
			Refusal first = verdict.refusals().get(0);
			return page(first.messageKey(), first.argumentArray(), model);
		}
		this.changes.changePassword(id, this.hasher.hash(newPassword), request.getRemoteAddr(), locale);
		this.temporaryPasswords.changed(id);
		return "redirect:" + this.sessions.release(request, response);
	}

	private String page(String error, Object[] errorArgs, Model model) {
		model.addAttribute("error", error);
		model.addAttribute("errorArgs", errorArgs);
		model.addAttribute("passwordMinLength", this.settings.minLength());
		return "assist/new-password";
	}

}
