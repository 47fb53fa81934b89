package gov.irs.secureaccess.accounts.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

import gov.irs.secureaccess.accounts.agreement.AgreementAcceptances;
import gov.irs.secureaccess.accounts.agreement.UserAgreement;
import gov.irs.secureaccess.session.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /account/agreement} (SIGN-8): the current e-Services User Agreement with Accept
 * and Decline. Accepting records the version and the time and continues where the person
 * was going; declining signs out.
 */
@Controller
class AgreementController {

	private final UserAgreement agreement;

	private final AgreementAcceptances acceptances;

	private final MessageSource messages;

	AgreementController(UserAgreement agreement, AgreementAcceptances acceptances, MessageSource messages) {
		this.agreement = agreement;
		this.acceptances = acceptances;
		this.messages = messages;
	}

	@GetMapping("/account/agreement")
	String show(@AuthenticationPrincipal AccountPrincipal principal, Locale locale, Model model) {
		String version = this.agreement.currentVersion();
		model.addAttribute("version", version);
		model.addAttribute("blocks", this.agreement.text(locale));
		Optional<String> acceptedAt = this.acceptances.acceptedAt(principal.accountId(), version)
			.map((instant) -> DateTimeFormatter
				.ofPattern(this.messages.getMessage("history.timePattern", null, locale), locale)
				.format(instant.atZone(HistoryController.EASTERN)));
		model.addAttribute("acceptedAt", acceptedAt.orElse(null));
		return "account/agreement";
	}

	@PostMapping("/account/agreement/accept")
	String accept(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request,
			RedirectAttributes redirect) {
		String version = this.agreement.currentVersion();
		this.acceptances.accept(principal.accountId(), version, request.getRemoteAddr());
		HttpSession session = request.getSession();
		session.setAttribute(AgreementInterceptor.ACCEPTED_VERSION, version);
		Object next = session.getAttribute(AgreementInterceptor.CONTINUE_TO);
		session.removeAttribute(AgreementInterceptor.CONTINUE_TO);
		redirect.addFlashAttribute("notice", "agreement.accepted");
		return "redirect:" + safeTarget(next);
	}

	@PostMapping("/account/agreement/decline")
	String decline(@AuthenticationPrincipal AccountPrincipal principal, HttpServletRequest request) {
		this.acceptances.decline(principal.accountId(), this.agreement.currentVersion(), request.getRemoteAddr());
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/sign-in?agreementDeclined";
	}

	/**
	 * Only a path of this site, and never the agreement itself; otherwise the account
	 * page.
	 */
	static String safeTarget(Object next) {
		if (next instanceof String path && path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
				&& !path.startsWith(AgreementInterceptor.AGREEMENT_PATH)) {
			return path;
		}
		return "/account";
	}

}
