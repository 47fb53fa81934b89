package gov.irs.secureaccess.factors.totp;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.factors.FactorChallenge;
import gov.irs.secureaccess.factors.FactorCheck;
import gov.irs.secureaccess.factors.SecondFactor;

import org.springframework.stereotype.Component;

/**
 * SIGN-3: a code from the authenticator app (TOTP, one step of drift, each code once).
 * Preferred to a text: nothing has to be sent.
 */
@Component
public class AppFactor implements SecondFactor {

	public static final String ID = "app";

	private final AuthenticatorApps apps;

	AppFactor(AuthenticatorApps apps) {
		this.apps = apps;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int preference() {
		return 10;
	}

	@Override
	public boolean configuredFor(AccountLogin login) {
		return this.apps.isEnrolled(login.id());
	}

	@Override
	public FactorCheck verify(long accountId, FactorChallenge challenge, String answer) {
		return switch (this.apps.verify(accountId, answer)) {
			case ACCEPTED -> FactorCheck.ACCEPTED;
			case REPLAYED -> FactorCheck.REPLAYED;
			case NOT_ENROLLED -> FactorCheck.NOT_SET_UP;
			case WRONG -> FactorCheck.WRONG;
		};
	}

}
