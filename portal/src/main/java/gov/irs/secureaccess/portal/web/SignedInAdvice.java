package gov.irs.secureaccess.portal.web;

import gov.irs.secureaccess.portal.signin.SignedIn;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts {@link SignedIn} into every page's model, for the header (name, level, sign-out).
 */
@ControllerAdvice
class SignedInAdvice {

	@ModelAttribute("signedIn")
	SignedIn signedIn() {
		return SignedIn.of(SecurityContextHolder.getContext().getAuthentication());
	}

}
