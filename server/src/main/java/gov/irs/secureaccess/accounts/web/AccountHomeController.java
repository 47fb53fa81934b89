package gov.irs.secureaccess.accounts.web;

import java.util.List;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.accounts.AccountProfile;
import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.SiteImages;
import gov.irs.secureaccess.session.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /account}: the profile page where a signed-in person lands: name, username,
 * level of assurance, the phone (only its last four digits), whether an authenticator app
 * is set up, site image and phrase, and the ways to change them, the history and
 * sign-out. The SSN is never shown.
 */
@Controller
class AccountHomeController {

	private final Accounts accounts;

	private final List<AccountHomeAttributes> others;

	AccountHomeController(Accounts accounts, List<AccountHomeAttributes> others) {
		this.accounts = accounts;
		this.others = others;
	}

	@GetMapping("/account")
	String home(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		AccountProfile profile = this.accounts.profile(principal.accountId());
		AccountLogin login = this.accounts.findLogin(principal.accountId()).orElseThrow();
		model.addAttribute("name", profile.firstName() + " " + profile.lastName());
		model.addAttribute("username", login.username());
		model.addAttribute("loa", login.loa());
		model.addAttribute("phoneLastFour", lastFour(login.phoneE164()));
		this.others.forEach((other) -> other.addTo(model, principal.accountId()));
		model.addAttribute("siteImage", login.siteImage());
		model.addAttribute("siteImagePath", SiteImages.path(login.siteImage()));
		model.addAttribute("sitePhrase", login.sitePhrase());
		return "account/home";
	}

	/**
	 * The last four digits of a phone number, or null when there is none: the only part
	 * of it a page shows.
	 */
	static String lastFour(String e164) {
		if (e164 == null) {
			return null;
		}
		String digits = e164.replaceAll("\\D", "");
		return (digits.length() >= 4) ? digits.substring(digits.length() - 4) : null;
	}

}
