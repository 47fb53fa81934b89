package gov.irs.secureaccess.accounts.web;

import org.springframework.ui.Model;

/**
 * What another capability adds to the account home page ({@code /account}) for the
 * signed-in account: the authenticator app line comes from factors, which accounts does
 * not depend on (issue 15, Boundaries).
 */
@FunctionalInterface
public interface AccountHomeAttributes {

	void addTo(Model model, long accountId);

}
