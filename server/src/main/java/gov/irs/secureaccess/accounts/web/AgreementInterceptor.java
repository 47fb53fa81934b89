package gov.irs.secureaccess.accounts.web;

import gov.irs.secureaccess.accounts.agreement.AgreementAcceptances;
import gov.irs.secureaccess.accounts.agreement.UserAgreement;
import gov.irs.secureaccess.session.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * SIGN-8: a signed-in person who has not accepted the current e-Services User Agreement
 * is sent to {@code /account/agreement} before any page that needs it (where a GET was
 * going is remembered, to continue there after accepting). Once accepted, the version is
 * noted in the session, so later pages cost no query; a new version differs from the
 * noted one and is asked again at the next page.
 */
class AgreementInterceptor implements HandlerInterceptor {

	static final String ACCEPTED_VERSION = "agreement.accepted-version";

	static final String CONTINUE_TO = "agreement.continue-to";

	static final String AGREEMENT_PATH = "/account/agreement";

	private final UserAgreement agreement;

	private final AgreementAcceptances acceptances;

	AgreementInterceptor(UserAgreement agreement, AgreementAcceptances acceptances) {
		this.agreement = agreement;
		this.acceptances = acceptances;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return true;
		}
		String current = this.agreement.currentVersion();
		HttpSession session = request.getSession();
		if (current.equals(session.getAttribute(ACCEPTED_VERSION))) {
			return true;
		}
		if (this.acceptances.hasAccepted(principal.accountId(), current)) {
			session.setAttribute(ACCEPTED_VERSION, current);
			return true;
		}
		if ("GET".equals(request.getMethod())) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			session.setAttribute(CONTINUE_TO, path);
		}
		response.sendRedirect(request.getContextPath() + AGREEMENT_PATH);
		return false;
	}

}
