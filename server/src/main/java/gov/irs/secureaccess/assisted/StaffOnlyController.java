package gov.irs.secureaccess.assisted;

import gov.irs.secureaccess.session.AccountPrincipal;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * AST-4: what a signed-in person without the role sees at {@code /assist} or {@code /tac}
 * (403). The page speaks to them as signed in: who they are signed in as, that the page
 * belongs to another role, and the page that is theirs (the other staff page, or their
 * account).
 */
@Controller
class StaffOnlyController {

	@RequestMapping("/staff-only")
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String staffOnly(Authentication authentication, HttpServletRequest request,
			@RequestParam(name = "for", required = false) String page, Model model) {
		// Forwarded here by the access-denied handler: the page asked for is the
		// forward's; opened directly, ?for=.
		Object forwarded = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
		boolean tac = (forwarded != null) ? String.valueOf(forwarded).startsWith(request.getContextPath() + "/tac")
				: "tac".equals(page);
		model.addAttribute("wanted", tac ? "tac" : "assist");
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			model.addAttribute("username", principal.username());
			model.addAttribute("role", role(authentication));
		}
		return "assist/staff-only";
	}

	/**
	 * The staff role the session holds, or null (a taxpayer, or staff signed in without
	 * strong MFA).
	 */
	private static String role(Authentication authentication) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			if (("ROLE_" + StaffRole.ASSISTOR.name()).equals(authority.getAuthority())) {
				return StaffRole.ASSISTOR.name();
			}
			if (("ROLE_" + StaffRole.TAC.name()).equals(authority.getAuthority())) {
				return StaffRole.TAC.name();
			}
		}
		return null;
	}

}
