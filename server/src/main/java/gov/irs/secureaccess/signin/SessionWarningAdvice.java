package gov.irs.secureaccess.signin;

import java.time.Duration;

import gov.irs.secureaccess.session.AccountPrincipal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * SIGN-6: on every page of a signed-in person, the numbers the layout needs to warn
 * before the idle end (15 minutes, warned 2 minutes before).
 */
@ControllerAdvice
class SessionWarningAdvice {

	static final long WARN_SECONDS = 120;

	private final long idleSeconds;

	SessionWarningAdvice(@Value("${spring.session.timeout:15m}") Duration idle) {
		this.idleSeconds = idle.toSeconds();
	}

	@ModelAttribute
	void sessionWarning(Model model) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal) {
			model.addAttribute("sessionIdleSeconds", this.idleSeconds);
			model.addAttribute("sessionWarnSeconds", WARN_SECONDS);
		}
	}

}
