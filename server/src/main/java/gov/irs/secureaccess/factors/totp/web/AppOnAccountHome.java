package gov.irs.secureaccess.factors.totp.web;

import gov.irs.secureaccess.accounts.web.AccountHomeAttributes;
import gov.irs.secureaccess.factors.totp.AuthenticatorApps;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The account home page's authenticator app line ({@code hasApp}): whether a confirmed
 * app is set up (SIGN-3).
 */
@Component
class AppOnAccountHome implements AccountHomeAttributes {

	private final AuthenticatorApps apps;

	AppOnAccountHome(AuthenticatorApps apps) {
		this.apps = apps;
	}

	@Override
	public void addTo(Model model, long accountId) {
		model.addAttribute("hasApp", this.apps.isEnrolled(accountId));
	}

}
