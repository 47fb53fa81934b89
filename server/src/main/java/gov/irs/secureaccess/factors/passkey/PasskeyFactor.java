package gov.irs.secureaccess.factors.passkey;

import gov.irs.secureaccess.accounts.AccountLogin;
import gov.irs.secureaccess.factors.FactorChallenge;
import gov.irs.secureaccess.factors.FactorCheck;
import gov.irs.secureaccess.factors.SecondFactor;

import org.springframework.stereotype.Component;

/**
 * A passkey in place of the code: the browser's answer must verify against the challenge
 * the journey was given and one of the account's passkeys. Offered beside a typed factor
 * (its ceremony needs JavaScript; the page works without).
 */
@Component
public class PasskeyFactor implements SecondFactor {

	public static final String ID = "passkey";

	private final Passkeys passkeys;

	PasskeyFactor(Passkeys passkeys) {
		this.passkeys = passkeys;
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public int preference() {
		return 30;
	}

	@Override
	public boolean configuredFor(AccountLogin login) {
		return this.passkeys.hasPasskeys(login.id());
	}

	@Override
	public boolean typed() {
		return false;
	}

	@Override
	public FactorCheck verify(long accountId, FactorChallenge challenge, String answer) {
		String expected = challenge.passkeyChallenge();
		if (expected == null || expected.isEmpty() || answer.isEmpty() || answer.length() > Passkeys.LONGEST_ANSWER) {
			return FactorCheck.UNREADABLE;
		}
		return this.passkeys.verifyAssertion(accountId, answer, Passkeys.decode(expected)) ? FactorCheck.ACCEPTED
				: FactorCheck.WRONG;
	}

}
