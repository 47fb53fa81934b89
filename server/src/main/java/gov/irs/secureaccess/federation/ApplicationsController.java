package gov.irs.secureaccess.federation;

import java.util.Locale;

import gov.irs.secureaccess.session.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/applications} (FED-3): the applications the person allowed, what each
 * receives, Revoke.
 */
@Controller
class ApplicationsController {

	private final ConnectedApplications connected;

	ApplicationsController(ConnectedApplications connected) {
		this.connected = connected;
	}

	@GetMapping("/account/applications")
	String list(@AuthenticationPrincipal AccountPrincipal principal, Locale locale, Model model) {
		model.addAttribute("applications", this.connected.list(principal.accountId(), locale));
		return "federation/applications";
	}

	@PostMapping("/account/applications/{clientId}/revoke")
	String revoke(@AuthenticationPrincipal AccountPrincipal principal, @PathVariable String clientId,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (this.connected.revoke(principal.accountId(), clientId, request.getRemoteAddr())) {
			redirect.addFlashAttribute("notice", "federation.applications.revoked");
		}
		return "redirect:/account/applications";
	}

}
