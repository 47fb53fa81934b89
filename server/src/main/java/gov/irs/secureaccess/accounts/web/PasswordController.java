package gov.irs.secureaccess.accounts.web;

import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.accounts.PasswordChange;
import gov.irs.secureaccess.accounts.Refusal;
import gov.irs.secureaccess.accounts.password.PasswordSettings;
import gov.irs.secureaccess.session.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/password}: the page of {@link PasswordChange}, which says what is
 * checked and in which order.
 */
@Controller
class PasswordController {

	private final PasswordChange passwordChange;

	private final PasswordSettings settings;

	PasswordController(PasswordChange passwordChange, PasswordSettings settings) {
		this.passwordChange = passwordChange;
		this.settings = settings;
	}

	@GetMapping("/account/password")
	String show(Model model) {
		return page(null, model);
	}

	@PostMapping("/account/password")
	String change(@AuthenticationPrincipal AccountPrincipal principal,
			@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword,
			@RequestParam(defaultValue = "") String newPasswordConfirm, HttpServletRequest request, Locale locale,
			Model model, RedirectAttributes redirect) {
		Optional<Refusal> refusal = this.passwordChange.change(principal.accountId(),
				new PasswordChange.Request(currentPassword, newPassword, newPasswordConfirm),
				new PasswordChange.Origin(request.getSession().getId(), request.getRemoteAddr(), locale));
		if (refusal.isPresent()) {
			return page(refusal.get(), model);
		}
		redirect.addFlashAttribute("notice", "account.password.changed");
		return "redirect:/account";
	}

	private String page(Refusal refusal, Model model) {
		model.addAttribute("error", (refusal != null) ? refusal.messageKey() : null);
		model.addAttribute("errorArgs", (refusal != null) ? refusal.argumentArray() : new Object[0]);
		model.addAttribute("passwordMinLength", this.settings.minLength());
		return "account/password";
	}

}
