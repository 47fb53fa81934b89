package gov.irs.secureaccess.assisted;

import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.ProfileChanges;
import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.password.NewPasswords;
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

	private final NewPasswords newPasswords;

	private final PasswordSettings settings;

	private final ProfileChanges changes;

	private final TemporaryPasswords temporaryPasswords;

	NewPasswordController(SessionSignIn sessions, Accounts accounts, NewPasswords newPasswords,
			PasswordSettings settings, ProfileChanges changes, TemporaryPasswords temporaryPasswords) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.newPasswords = newPasswords;
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
		AccountLogin login = this.accounts.findLogin(id).orElseThrow();
		NewPasswords.Choice choice = this.newPasswords.choose(newPassword, newPasswordConfirm, login, true);
		if (choice instanceof NewPasswords.Refused refused) {
			Refusal refusal = switch (refused.problem()) {
				case MISSING -> Refusal.of("account.password.error.newRequired");
				case DIFFERENT -> Refusal.of("account.password.error.differ");
				case SAME_AS_CURRENT -> Refusal.of("assist.newPassword.error.same");
				case POLICY -> refused.refusal();
			};
			return page(refusal.messageKey(), refusal.argumentArray(), model);
		}
		this.changes.changePassword(id, ((NewPasswords.Chosen) choice).hash(), request.getRemoteAddr(), locale);
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
