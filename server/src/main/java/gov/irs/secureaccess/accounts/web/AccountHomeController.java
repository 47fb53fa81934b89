package gov.irs.secureaccess.accounts.web;

import gov.irs.secureaccess.signin.AccountPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /account}: where a signed-in person lands: who they are signed in as, their level, sign out. */
@Controller
class AccountHomeController {

	@GetMapping("/account")
	String home(@AuthenticationPrincipal AccountPrincipal principal, Model model) {
		model.addAttribute("username", principal.username());
		model.addAttribute("loa", principal.loa());
		return "account/home";
	}

}
